import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { withOccurrences, type LedgerFact } from '../../src/core/ledger/facts';
import { anchorLedger, emptyLedger, ledgerFacts, markFact, normalizeSentence, rebaseLedger, type Anchoring, type Ledger } from '../../src/core/ledger';

/*
 * Property tests of re-anchoring: random edits to a document of sentences with figures, and after
 * each edit no mark is lost (every entry is on a fact or an orphan) and no mark moves to another
 * fact. The generator knows each fact's identity ("truth") through every edit; a mark may land
 * only on its own fact, or on a copy of it made by duplicating its sentence (identical in content,
 * so no reader of the text could tell them apart). Sentences have words of their own, as real
 * ones do; only a copied sentence shares them. Two facts are never side by side: of "5% 5%", which
 * one was deleted can't be told from the text. Each anchoring is told the previous one's orphans,
 * as the editor does: an orphan comes back only onto the text it was marked on.
 */

type Token = { word: string } | { truth: number; text: string };
type Sentence = { serial: number; tokens: Token[] };

const TEXTS = ['5%', '15%', '1.5%', '12%', '$4.2 billion', '$4.7 billion', '30%'];

type Edit =
  | { op: 'insertSentence'; at: number; words: number[]; facts: Array<[number, number]> }
  | { op: 'copySentence'; i: number; at: number }
  | { op: 'deleteSentence' | 'deleteWord' | 'deleteFact' | 'replaceWord' | 'insertWord' | 'changeFact'; i: number; j: number; k: number }
  | { op: 'mark'; i: number; status: 'verified' | 'disputed' };

const idx = fc.nat({ max: 50 });
const sentenceSpec = fc.record({ words: fc.array(fc.nat({ max: 6 }), { minLength: 3, maxLength: 10 }), facts: fc.array(fc.tuple(idx, fc.nat({ max: TEXTS.length - 1 })), { minLength: 1, maxLength: 3 }) });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('insertSentence' as const), at: idx, words: sentenceSpec.map((s) => s.words), facts: sentenceSpec.map((s) => s.facts) }),
  fc.record({ op: fc.constant('copySentence' as const), i: idx, at: idx }),
  fc.record({ op: fc.constantFrom('deleteSentence' as const, 'deleteWord' as const, 'deleteFact' as const, 'replaceWord' as const, 'insertWord' as const, 'changeFact' as const), i: idx, j: idx, k: fc.nat({ max: 20 }) }),
  fc.record({ op: fc.constant('mark' as const), i: idx, status: fc.constantFrom('verified' as const, 'disputed' as const) }),
);

class Model {
  sentences: Sentence[] = [];
  private serial = 0;
  private truth = 0;
  /** Truths made identical by copying a sentence: a class per original. */
  private twinOf = new Map<number, number>();
  /** For each ledger key, the truth of the fact it was marked on. */
  markedTruth = new Map<string, number>();
  ledger: Ledger = emptyLedger();

  classOf = (t: number): number => (this.twinOf.has(t) && this.twinOf.get(t) !== t ? this.classOf(this.twinOf.get(t)!) : t);

  newSentence(words: number[], facts: Array<[number, number]>): Sentence {
    const serial = ++this.serial;
    const tokens: Token[] = words.map((w) => ({ word: `w${serial}x${w}` }));
    for (const [pos, t] of facts) tokens.splice(pos % (tokens.length + 1), 0, { truth: ++this.truth, text: TEXTS[t] });
    // A word between any two facts: "5% 5%" with one deleted reads the same whichever it was.
    for (let i = tokens.length - 1; i > 0; i--) if ('truth' in tokens[i] && 'truth' in tokens[i - 1]) tokens.splice(i, 0, { word: `w${serial}x9` });
    return { serial, tokens };
  }

  /** The document's facts as the ledger sees them, each with its truth. */
  facts(): { facts: LedgerFact[]; truth: Map<string, number> } {
    const drafts: Array<Omit<LedgerFact, 'occurrence' | 'key'>> = [];
    const truth = new Map<string, number>();
    let offset = 0;
    for (const s of this.sentences) {
      const text = s.tokens.map((t) => ('word' in t ? t.word : t.text)).join(' ') + '.';
      let at = offset;
      for (const t of s.tokens) {
        const len = ('word' in t ? t.word : t.text).length;
        if ('truth' in t) {
          drafts.push({ id: `f${t.truth}`, alsoIds: [], kind: 'figure', text: t.text, sentence: normalizeSentence(text), start: at, end: at + len });
          truth.set(`f${t.truth}`, t.truth);
        }
        at += len + 1;
      }
      offset += text.length + 2;
    }
    return { facts: withOccurrences(drafts), truth };
  }

  apply(e: Edit): void {
    const n = this.sentences.length;
    const s = n ? this.sentences[('i' in e ? e.i : 0) % n] : undefined;
    const words = s ? s.tokens.flatMap((t, i) => ('word' in t ? [i] : [])) : [];
    const facts = s ? s.tokens.flatMap((t, i) => ('truth' in t ? [i] : [])) : [];
    switch (e.op) {
      case 'insertSentence':
        this.sentences.splice(e.at % (n + 1), 0, this.newSentence(e.words, e.facts));
        break;
      case 'deleteSentence':
        if (n > 1) this.sentences.splice(e.i % n, 1);
        break;
      case 'copySentence': {
        if (!s) break;
        const copy: Sentence = { serial: s.serial, tokens: s.tokens.map((t) => ('truth' in t ? { truth: ++this.truth, text: t.text } : { ...t })) };
        s.tokens.forEach((t, i) => 'truth' in t && this.twinOf.set((copy.tokens[i] as { truth: number }).truth, t.truth));
        this.sentences.splice(e.at % (n + 1), 0, copy);
        break;
      }
      case 'replaceWord':
      case 'insertWord':
      case 'deleteWord': {
        if (!s || !words.length) break;
        const at = words[e.j % words.length];
        const word = { word: `w${s.serial}x${e.k}` };
        if (e.op === 'replaceWord') s.tokens[at] = word;
        else if (e.op === 'insertWord') s.tokens.splice(at, 0, word);
        else if (words.length > 2 && !('truth' in (s.tokens[at - 1] ?? {}) && 'truth' in (s.tokens[at + 1] ?? {}))) s.tokens.splice(at, 1);
        break;
      }
      case 'changeFact':
      case 'deleteFact': {
        if (!s || !facts.length) break;
        const at = facts[e.j % facts.length];
        if (e.op === 'deleteFact') s.tokens.splice(at, 1);
        else s.tokens[at] = { truth: (s.tokens[at] as { truth: number }).truth, text: TEXTS[e.k % TEXTS.length] };
        break;
      }
      case 'mark':
        break;
    }
  }
}

/** Checks an anchoring against the model: nothing lost, nothing moved. */
function checkAnchoring(m: Model, an: Anchoring, truth: Map<string, number>): void {
  const keys = Object.keys(m.ledger.entries).sort();
  const onFacts = an.checks.flatMap((c) => (c.key ? [c.key] : []));
  const orphans = an.orphans.map((o) => o.key);
  assert.deepEqual([...onFacts, ...orphans].sort(), keys, 'every entry is on exactly one fact or an orphan');
  an.facts.forEach((f, i) => {
    const c = an.checks[i];
    if (!c.key) return assert.equal(c.status, 'unchecked');
    const entry = m.ledger.entries[c.key];
    const marked = m.markedTruth.get(c.key)!;
    assert.equal(m.classOf(truth.get(f.id)!), m.classOf(marked), `the mark ${c.key} landed on its own fact (or an identical copy), not on ${f.key}`);
    if (an.how[i] === 'changed') {
      assert.notEqual(f.text, entry.text);
      assert.equal(c.status, 'changed');
    } else {
      assert.equal(f.text, entry.text, 'a mark keeps its status only on the same text');
      assert.equal(c.status, entry.status);
    }
  });
}

describe('ledger properties: random edits', () => {
  it('ledger: no mark lost, no mark moved to another fact, rebasing changes nothing shown', function () {
    this.timeout(120_000); // many random documents on a shared machine
    fc.assert(
      fc.property(fc.array(sentenceSpec, { minLength: 1, maxLength: 5 }), fc.array(edit, { minLength: 1, maxLength: 25 }), (start, edits) => {
        const m = new Model();
        m.sentences = start.map((s) => m.newSentence(s.words, s.facts));
        // Mark every other fact to start with.
        let { facts, truth } = m.facts();
        for (const f of facts.filter((_, i) => i % 2 === 0)) {
          m.ledger = markFact(m.ledger, anchorLedger(m.ledger, facts), f.id, { status: 'verified', by: 'prop', at: '2026-01-01T00:00:00Z' });
          m.markedTruth.set(f.key, truth.get(f.id)!);
        }
        // The orphans of the previous anchoring, as an editor keeps them.
        let orphaned = new Set<string>();
        for (const e of edits) {
          m.apply(e);
          ({ facts, truth } = m.facts());
          let an = anchorLedger(m.ledger, facts, { orphaned });
          checkAnchoring(m, an, truth);
          if (e.op === 'mark' && facts.length) {
            const f = facts[e.i % facts.length];
            const old = an.checks[e.i % facts.length].key;
            m.ledger = markFact(m.ledger, an, f.id, { status: e.status, by: 'prop', at: '2026-01-02T00:00:00Z' });
            if (old) m.markedTruth.delete(old);
            m.markedTruth.set(f.key, truth.get(f.id)!);
            an = anchorLedger(m.ledger, facts, { orphaned });
            checkAnchoring(m, an, truth);
          }
          // Rebase as an editor saving would, and see the same checks.
          const shown = an.checks.map((c) => c.status);
          const before = Object.keys(m.ledger.entries).length;
          const rebased = rebaseLedger(m.ledger, an);
          an.facts.forEach((f, i) => {
            const k = an.checks[i].key;
            if (k && k !== f.key && !(k in rebased.entries) && f.key in rebased.entries) {
              m.markedTruth.set(f.key, m.markedTruth.get(k)!);
              m.markedTruth.delete(k);
            }
          });
          m.ledger = rebased;
          assert.equal(Object.keys(m.ledger.entries).length, before, 'rebasing keeps every entry');
          const again = anchorLedger(m.ledger, facts, { orphaned });
          assert.deepEqual(again.checks.map((c) => c.status), shown, 'rebasing changes no status shown');
          checkAnchoring(m, again, truth);
          orphaned = new Set(again.orphans.map((o) => o.key));
        }
      }),
      { numRuns: Number(process.env.LEDGER_RUNS ?? 300) },
    );
  });
});

describe('ledger properties: real analyses', () => {
  // Original sentences in the style of trade reporting; places and goods are invented.
  const TEMPLATES = [
    (n: number) => `Shipments of Velmoran copper wire rose ${n}% to $${n + 1}.${n % 10} billion in the spring.`,
    (n: number) => `The Dravonian customs board set a ${n}% duty on imported saddles from Korvath.`,
    (n: number) => `Imports of Korvath beet sugar fell ${n}% to ${n * 3} million tonnes, the port authority said.`,
    (n: number) => `Orlen Vasko, who chairs the Korvath Millers Union, said farm gate prices dropped ${n}% over the season.`,
  ];
  const sentence = fc.tuple(fc.nat({ max: TEMPLATES.length - 1 }), fc.integer({ min: 2, max: 60 }));
  const step = fc.tuple(fc.constantFrom('insert', 'delete', 'renumber'), fc.nat({ max: 20 }), sentence);

  it('ledger: after random edits of an analysed article, every mark is on a fact of its own text, changed, or an orphan', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 2, maxLength: 5 }), fc.array(step, { minLength: 1, maxLength: 4 }), (start, steps) => {
        const doc = start.map(([t, n]) => TEMPLATES[t](n));
        const a = analyze(doc.join('\n\n'));
        let ledger = emptyLedger();
        ledgerFacts(a).forEach((f, i) => {
          if (i % 2 === 0) ledger = markFact(ledger, a, f.id, { status: i % 4 ? 'disputed' : 'verified', by: 'prop', at: '2026-01-01T00:00:00Z' });
        });
        for (const [op, i, [t, n]] of steps) {
          if (op === 'insert') doc.splice(i % (doc.length + 1), 0, TEMPLATES[t](n));
          else if (op === 'delete' && doc.length > 1) doc.splice(i % doc.length, 1);
          else if (op === 'renumber') doc[i % doc.length] = doc[i % doc.length].replace(/\d+/, String(n));
          const an = anchorLedger(ledger, ledgerFacts(analyze(doc.join('\n\n'))));
          const keys = [...an.checks.flatMap((c) => (c.key ? [c.key] : [])), ...an.orphans.map((o) => o.key)].sort();
          assert.deepEqual(keys, Object.keys(ledger.entries).sort(), 'no mark lost');
          an.facts.forEach((f, k) => {
            const c = an.checks[k];
            if (!c.key) return;
            const entry = ledger.entries[c.key];
            assert.equal(f.kind, entry.kind);
            if (c.status === 'changed') assert.notEqual(f.text, entry.text);
            else assert.equal(f.text, entry.text, 'verified or disputed only on the text marked');
          });
          ledger = rebaseLedger(ledger, an);
        }
      }),
      { numRuns: 25 },
    );
  });
});
