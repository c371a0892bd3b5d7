import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { BeatIndex, digestArticle, entityAt, outline, prepareRename, renameEdits, type BeatSnapshot, type TextEdit } from '../../src/core/beat';

const DIR = path.join(__dirname, '../fixtures/beat');
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');
const STEEL = read('steel-quota.md');
const steel = analyze(STEEL);
const at = (text: string, phrase: string, skip = 0) => text.indexOf(phrase, skip) + 1;
const apply = (text: string, edits: TextEdit[]) => [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);

describe('beat: the entity under the cursor', () => {
  it('beat: a surname-only mention is the linked person, with every mention of the article', () => {
    const hit = entityAt(steel, STEEL.indexOf('Marrowby told') + 2);
    assert.equal(hit?.kind, 'person');
    assert.equal(hit?.entity.name, 'Ilse Marrowby');
    assert.deepEqual(hit?.mentions.map((m) => m.text), ['Ilse Marrowby', 'Marrowby', 'Marrowby']);
  });

  it('beat: "Mr. Marrowby" is the economist, not the minister who shares the surname', () => {
    const hit = entityAt(steel, STEEL.indexOf('Marrowby said.') + 1);
    assert.equal(hit?.entity.name, 'Tobias Marrowby');
    assert.equal(hit?.mentions.length, 2);
  });

  it('beat: organizations are found too, and plain words are nothing', () => {
    assert.equal(entityAt(steel, at(STEEL, 'Statistics Canada'))?.kind, 'organization');
    assert.equal(entityAt(steel, at(STEEL, 'patient')), undefined);
  });
});

describe('beat: rename', () => {
  it('beat: renames full, titled and surname-only mentions, keeping titles, leaving the lookalike alone', () => {
    const edits = renameEdits(steel, at(STEEL, 'Marrowby told'), 'Ilse Marlowe');
    assert.equal(edits?.length, 3);
    const out = apply(STEEL, edits!);
    assert.match(out, /Trade Minister Ilse Marlowe said/);
    assert.match(out, /Ms\. Marlowe told/);
    assert.match(out, /Marlowe said\nthe figure/);
    assert.match(out, /Tobias Marrowby, a port economist/);
    assert.match(out, /Mr\. Marrowby said\./);
  });

  it('beat: a one-word new name replaces the surname and keeps the given name', () => {
    const out = apply(STEEL, renameEdits(steel, at(STEEL, 'Ilse Marrowby'), 'Marlowe')!);
    assert.match(out, /Trade Minister Ilse Marlowe said/);
    assert.match(out, /Ms\. Marlowe told/);
  });

  it('beat: prepareRename offers the full name over the mention; nothing to rename off a name', () => {
    const p = prepareRename(steel, at(STEEL, 'Marrowby told'));
    assert.equal(p?.placeholder, 'Ilse Marrowby');
    assert.equal(p?.mention.text, 'Marrowby');
    assert.equal(prepareRename(steel, at(STEEL, 'patient')), undefined);
    assert.equal(renameEdits(steel, at(STEEL, 'Marrowby told'), '   '), undefined);
  });
});

describe('beat: outline', () => {
  const groups = outline(steel);
  it('beat: groups by kind in a fixed order, items in text order', () => {
    assert.deepEqual(groups.map((g) => g.kind), ['people', 'organizations', 'tariffs', 'quotes', 'figures']);
    for (const g of groups) {
      const starts = g.items.map((i) => i.start);
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b), g.kind);
      assert.ok(g.start <= starts[0] && g.end >= Math.max(...g.items.map((i) => i.end)), g.kind);
    }
  });

  it('beat: tariff rates read "imposer → target: rate", quotes by speaker, people with title', () => {
    const by = (k: string) => groups.find((g) => g.kind === k)!.items;
    assert.deepEqual(by('tariffs').map((i) => i.name), ['Canada → Brazilian steel: 35%']);
    assert.deepEqual(by('quotes').map((i) => i.name), ['Ilse Marrowby', 'Tobias Marrowby']);
    assert.equal(by('people')[0].name, 'Ilse Marrowby');
    assert.match(by('people')[0].detail, /Trade Minister · 3 mentions/);
    assert.equal(STEEL.slice(by('figures')[1].start, by('figures')[1].end), '$4.2 billion');
  });
});

const FILES = ['port-strike.txt', 'steel-quota.md', 'tire-duties.md'];
const digestOf = (name: string, text = read(name)) => digestArticle(name, text, analyze(text));
const build = (names: string[]) => {
  const ix = new BeatIndex();
  for (const n of names) ix.set(digestOf(n));
  return ix;
};
const kinds = (s: BeatSnapshot) => s.flags.map((f) => f.kind).sort();

describe('beat: the index across articles', () => {
  const snap = build(FILES).snapshot();

  it('beat: people with variants, titles, and per-article mention counts', () => {
    const ilse = snap.people.find((p) => p.name === 'Ilse Marrowby')!;
    assert.deepEqual(ilse.articles.map((a) => [a.file, a.mentions]), [['port-strike.txt', 1], ['steel-quota.md', 3]]);
    assert.deepEqual(ilse.titles, ['Trade Minister']);
    assert.ok(ilse.variants.includes('Marrowby'));
    assert.ok(snap.people.some((p) => p.name === 'Tobias Marrowby'), 'the lookalike is a person of its own');
    assert.equal(snap.organizations.find((o) => o.name === 'Canadian Steel Producers Association')?.articles.length, 3);
  });

  it('beat: tariffs read imposer, target, rate and file', () => {
    assert.deepEqual(snap.tariffs.map((t) => [t.imposer, t.target, t.rate, t.file]), [
      ['Canada', 'Brazilian steel', 35, 'steel-quota.md'],
      ['Canada', 'Mexican tires', 20, 'tire-duties.md'],
    ]);
  });

  it('beat: one flag of each kind, each place pointing at the text it reads', () => {
    assert.deepEqual(kinds(snap), ['figure', 'spelling', 'title']);
    for (const f of snap.flags) {
      assert.equal(f.places.length, 2, f.message);
      assert.notEqual(f.places[0].file, f.places[1].file, f.message);
      for (const p of f.places) {
        const text = read(p.file);
        assert.equal(text.slice(p.start, p.end), p.text);
        const lines = text.split('\n');
        assert.equal(lines[p.from.line].slice(p.from.character, p.from.character + p.text.length), p.text, 'line and character agree with the offset');
      }
    }
    const byKind = Object.fromEntries(snap.flags.map((f) => [f.kind, f]));
    assert.deepEqual(byKind.spelling.places.map((p) => p.reads), ['Ilse Marrowby', 'Ilse Marowby']);
    assert.deepEqual(byKind.title.places.map((p) => p.reads), ['chief executive', 'president']);
    assert.deepEqual(byKind.figure.places.map((p) => p.text), ['$4.2 billion', '$3.8 billion']);
  });

  it('beat: no flag from one article alone', () => {
    assert.deepEqual(build(['steel-quota.md']).snapshot().flags, []);
  });
});

describe('beat: incremental merge', () => {
  it('beat: removing an article takes its flags and mentions with it; adding it back restores them', () => {
    const ix = build(FILES);
    assert.equal(ix.remove('tire-duties.md'), true);
    assert.equal(ix.remove('tire-duties.md'), false);
    const without = ix.snapshot();
    assert.deepEqual(kinds(without), []);
    assert.equal(without.people.some((p) => p.name === 'Ilse Marowby'), false);
    ix.set(digestOf('tire-duties.md'));
    assert.deepEqual(kinds(ix.snapshot()), ['figure', 'spelling', 'title']);
  });

  it('beat: replacing an article with its corrected text clears the flag it caused', () => {
    const ix = build(FILES);
    ix.set(digestOf('tire-duties.md', read('tire-duties.md').replace(/Marowby/g, 'Marrowby')));
    const snap = ix.snapshot();
    assert.equal(snap.flags.some((f) => f.kind === 'spelling'), false);
    assert.equal(ix.entity('person', 'Ilse Marrowby')?.articles.length, 3);
    // Now one person, the minister's two titles show.
    assert.ok(snap.flags.some((f) => f.kind === 'title' && f.subject === 'Ilse Marrowby' && f.places.map((p) => p.reads).join() === 'Trade Minister,Finance Minister'));
  });

  it('beat: the same articles in any order, or merged one by one after removals, give the same index', () => {
    const a = build(FILES).snapshot();
    const b = build([...FILES].reverse()).snapshot();
    const c = build(FILES);
    c.remove('steel-quota.md');
    c.set(digestOf('steel-quota.md'));
    assert.deepEqual(b, a);
    assert.deepEqual(c.snapshot(), a);
  });

  it('beat: a surname alone in another story joins the one full name with that surname', () => {
    const ix = build(['port-strike.txt']);
    const text = 'Ms. Delacroix said on Friday that the mills would reopen. "We are ready," Ms. Delacroix said.';
    ix.set(digestArticle('brief.txt', text, analyze(text)));
    const rosa = ix.snapshot().people.find((p) => p.name === 'Rosa Delacroix');
    assert.deepEqual(rosa?.articles.map((a) => a.file), ['brief.txt', 'port-strike.txt']);
    assert.equal(ix.entity('person', 'Delacroix'), rosa);
  });
});

describe('beat: which workspace files are articles', () => {
  it('beat: the languages setting decides the extensions; fact sheets, node_modules and .trade-facts are never read', async () => {
    const { articleGlob, isArticlePath } = await import('../../src/extension/navigation/articleFiles');
    assert.equal(articleGlob(['plaintext', 'markdown']), '**/*.{txt,md,markdown}');
    assert.equal(articleGlob(['markdown']), '**/*.{md,markdown}');
    assert.equal(articleGlob(['json']), undefined);
    const table: Array<[string, string[], boolean]> = [
      ['/beat/steel-quota.md', ['markdown'], true],
      ['/beat/port-strike.txt', ['markdown'], false],
      ['/beat/port-strike.txt', ['plaintext'], true],
      ['/beat/steel-quota.facts.md', ['markdown'], false],
      ['/beat/node_modules/pkg/README.md', ['markdown'], false],
      ['/beat/.trade-facts/steel-quota.md', ['markdown'], false],
    ];
    for (const [p, langs, expected] of table) assert.equal(isArticlePath(p, langs), expected, `${p} ${langs}`);
  });

  it('beat: the extension starts in a workspace holding any kind of article file, and on the Beat view (Ctrl+T before an article is opened)', async () => {
    const { articleExtensions } = await import('../../src/extension/navigation/articleFiles');
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { activationEvents: string[]; contributes: { views: Record<string, Array<{ id: string }>> } };
    const extensions = articleExtensions(['plaintext', 'markdown']);
    assert.deepEqual(extensions.sort(), ['markdown', 'md', 'txt']);
    for (const ext of extensions) assert.ok(pkg.activationEvents.includes(`workspaceContains:**/*.${ext}`), `workspaceContains:**/*.${ext}`);
    assert.ok(pkg.activationEvents.includes('onView:tradeFacts.beat'));
    assert.ok(Object.values(pkg.contributes.views).flat().some((v) => v.id === 'tradeFacts.beat'), 'the view it names exists');
  });

  it('beat: the index can be turned off with tradeFacts.index.enabled, a boolean on by default, its description saying what off stops', () => {
    type Setting = { type: string; default: unknown; scope?: string; markdownDescription?: string };
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, Setting> } } };
    const nls = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.nls.json'), 'utf8')) as Record<string, string>;
    const setting = pkg.contributes.configuration.properties['tradeFacts.index.enabled'];
    assert.ok(setting, 'tradeFacts.index.enabled is contributed');
    assert.equal(setting.type, 'boolean');
    assert.equal(setting.default, true);
    assert.equal(setting.scope, 'window', 'one index per window');
    const text = nls[/^%(.+)%$/.exec(setting.markdownDescription ?? '')?.[1] ?? ''] ?? '';
    for (const says of [/Ctrl\+T/, /Beat view/, /references/, /no workspace file is read/, /open in the editor/]) assert.match(text, says);
  });

  it("beat: the Beat view's Rebuild button is hidden while the index is off (the command would only say it is off)", () => {
    type Menu = { command: string; when?: string };
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { contributes: { menus: Record<string, Menu[]> } };
    const rebuild = pkg.contributes.menus['view/title'].find((m) => m.command === 'tradeFacts.rebuildBeatIndex');
    assert.match(rebuild?.when ?? '', /config\.tradeFacts\.index\.enabled/);
  });
});

describe('beat: figures across articles', () => {
  const digest = (file: string, text: string) => digestArticle(file, text, analyze(text));

  it('beat: the same measure for different years is not a flag; for the same year it is', () => {
    const ix = new BeatIndex();
    ix.set(digest('a.txt', "Chile's copper exports reached $48.2 billion in 2024, the ministry said."));
    ix.set(digest('b.txt', "Chile's copper exports reached $51.9 billion in 2025, the ministry said."));
    assert.deepEqual(ix.snapshot().flags, []);
    ix.set(digest('c.txt', "Chile's copper exports reached $44.8 billion in 2024, customs data showed."));
    const flags = ix.snapshot().flags;
    assert.deepEqual(flags.map((f) => f.places.map((p) => `${p.file} ${p.text}`)), [['a.txt $48.2 billion', 'c.txt $44.8 billion']]);
  });

  it('beat: a generated beat merged in any order, with articles replaced and removed on the way, gives the index built at once', async function () {
    this.timeout(60_000);
    const { generateBeat } = await import('../../bench/beatCorpus');
    const digests = generateBeat(30, 250).map(([file, text]) => digest(file, text));
    const once = new BeatIndex();
    for (const d of digests) once.set(d);
    const stepwise = new BeatIndex();
    for (const [i, d] of [...digests].reverse().entries()) {
      stepwise.set(d);
      if (i % 5 === 0) stepwise.snapshot(); // caches filled part-way, then invalidated by later articles
      if (i % 7 === 0) stepwise.remove(d.file);
    }
    for (const d of digests) if (!stepwise.has(d.file)) stepwise.set(d);
    assert.ok(once.snapshot().people.length > 5);
    assert.deepEqual(stepwise.snapshot(), once.snapshot());
  });
});
