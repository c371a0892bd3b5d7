/**
 * The Beat view in the Trade Facts side bar: Flags (a name spelled two ways, two titles, two
 * values: each place one click away), People (titles, articles, mentions), Organizations, Tariff
 * rates, and the files left out with why. It only reads the index; indexing is beatWorkspace.ts.
 */
import * as vscode from 'vscode';
import { baseName, tariffLabel, type BeatEntity, type BeatFlag, type BeatTariff, type Place } from '../../core/beat';
import type { BeatWorkspace } from './beatWorkspace';
import { openPlaceCommand } from './places';

type Section = 'flags' | 'people' | 'organizations' | 'tariffs' | 'skipped';

export type BeatNode =
  | { type: 'off' }
  | { type: 'section'; section: Section }
  | { type: 'entity'; entity: BeatEntity; person: boolean }
  | { type: 'article'; file: string; mentions: number; titles: string[]; place?: Place }
  | { type: 'flag'; flag: BeatFlag }
  | { type: 'place'; place: Place & { reads: string } }
  | { type: 'tariff'; tariff: BeatTariff }
  | { type: 'skip'; file: string; reason: string };

/** A node as plain data (the tests read the view through it). */
export interface BeatNodeView {
  label: string;
  description?: string;
  /** The file and 0-based line a click opens, and the command that does it. */
  opens?: { file: string; line: number };
  command?: vscode.Command;
  children: BeatNodeView[];
}

/** Opens the Settings editor at `tradeFacts.index.enabled`. */
export const openIndexSetting = (): vscode.Command => ({ title: vscode.l10n.t('Open Settings'), command: 'workbench.action.openSettings', arguments: ['tradeFacts.index.enabled'] });

const FLAG_ICON = { spelling: 'whole-word', title: 'person', figure: 'symbol-number' } as const;
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export class BeatTree implements vscode.TreeDataProvider<BeatNode> {
  private readonly changed = new vscode.EventEmitter<BeatNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly beat: BeatWorkspace) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: BeatNode): BeatNode[] {
    const snap = this.beat.snapshot();
    if (!node) {
      const { skipped, enabled } = this.beat.status();
      const sections = (['flags', 'people', 'organizations', 'tariffs', ...(skipped.length ? ['skipped' as const] : [])] as Section[]).map((section): BeatNode => ({ type: 'section', section }));
      // With the index off, the first row says so and opens the setting.
      return enabled ? sections : [{ type: 'off' }, ...sections];
    }
    switch (node.type) {
      case 'section':
        if (node.section === 'flags') return snap.flags.map((flag) => ({ type: 'flag', flag }));
        if (node.section === 'people') return snap.people.map((entity) => ({ type: 'entity', entity, person: true }));
        if (node.section === 'organizations') return snap.organizations.map((entity) => ({ type: 'entity', entity, person: false }));
        if (node.section === 'tariffs') return snap.tariffs.map((tariff) => ({ type: 'tariff', tariff }));
        return this.beat.status().skipped.map((s) => ({ type: 'skip', ...s }));
      case 'entity':
        return node.entity.articles.map((a) => ({ type: 'article', file: a.file, mentions: a.mentions, titles: a.titles, place: a.places[0] && { file: a.file, ...a.places[0] } }));
      case 'flag':
        return node.flag.places.map((place) => ({ type: 'place', place }));
      default:
        return [];
    }
  }

  getTreeItem(node: BeatNode): vscode.TreeItem {
    const snap = this.beat.snapshot();
    const None = vscode.TreeItemCollapsibleState.None;
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.type) {
      case 'off': {
        const item = new vscode.TreeItem(vscode.l10n.t('Turn on the beat index…'), None);
        item.description = vscode.l10n.t('listing open articles only');
        item.tooltip = vscode.l10n.t('The beat index is off (Trade Facts › Index: Enabled): no workspace file is read, and this view, Go to Symbol in Workspace and references across articles use the articles open in the editor. Click to open the setting.');
        item.iconPath = new vscode.ThemeIcon('settings-gear');
        item.command = openIndexSetting();
        item.id = 'beat:index-off';
        return item;
      }
      case 'section': {
        const counts = { flags: snap.flags.length, people: snap.people.length, organizations: snap.organizations.length, tariffs: snap.tariffs.length, skipped: this.beat.status().skipped.length };
        const labels = { flags: vscode.l10n.t('Flags'), people: vscode.l10n.t('People'), organizations: vscode.l10n.t('Organizations'), tariffs: vscode.l10n.t('Tariff rates'), skipped: vscode.l10n.t('Skipped files') };
        const item = new vscode.TreeItem(labels[node.section], node.section === 'flags' && counts.flags ? vscode.TreeItemCollapsibleState.Expanded : Collapsed);
        item.description = String(counts[node.section]);
        item.id = `section:${node.section}`;
        return item;
      }
      case 'entity': {
        const e = node.entity;
        const item = new vscode.TreeItem(e.name, Collapsed);
        const articles = plural(e.articles.length, vscode.l10n.t('1 article'), vscode.l10n.t('{0} articles', e.articles.length));
        const mentions = plural(e.mentions, vscode.l10n.t('1 mention'), vscode.l10n.t('{0} mentions', e.mentions));
        item.description = [e.titles.join('; '), articles, mentions].filter(Boolean).join(' · ');
        item.tooltip = e.variants.length > 1 ? vscode.l10n.t('Also written: {0}', e.variants.filter((v) => v !== e.name).join(', ')) : undefined;
        item.iconPath = new vscode.ThemeIcon(node.person ? 'person' : 'organization');
        return item;
      }
      case 'article': {
        const item = new vscode.TreeItem(baseName(node.file), None);
        item.description = [node.titles.join('; '), plural(node.mentions, vscode.l10n.t('1 mention'), vscode.l10n.t('{0} mentions', node.mentions))].filter(Boolean).join(' · ');
        item.resourceUri = vscode.Uri.parse(node.file);
        item.command = node.place && openPlaceCommand(node.place);
        return item;
      }
      case 'flag': {
        const item = new vscode.TreeItem(node.flag.message, Collapsed);
        item.iconPath = new vscode.ThemeIcon(FLAG_ICON[node.flag.kind], new vscode.ThemeColor('list.warningForeground'));
        item.tooltip = node.flag.message;
        item.command = openPlaceCommand(node.flag.places[0]);
        return item;
      }
      case 'place': {
        const item = new vscode.TreeItem(`“${node.place.reads}”`, None);
        item.description = vscode.l10n.t('{0}, line {1}', baseName(node.place.file), node.place.from.line + 1);
        item.command = openPlaceCommand(node.place);
        return item;
      }
      case 'tariff': {
        const item = new vscode.TreeItem(tariffLabel(node.tariff), None);
        item.description = vscode.l10n.t('{0}, line {1}', baseName(node.tariff.file), node.tariff.from.line + 1);
        item.command = openPlaceCommand(node.tariff);
        return item;
      }
      case 'skip': {
        const item = new vscode.TreeItem(baseName(node.file), None);
        item.description = node.reason;
        item.tooltip = `${vscode.Uri.parse(node.file).fsPath}: ${node.reason}`;
        return item;
      }
    }
  }

  /** The whole tree as plain data, each node with what a click opens. */
  describe(node?: BeatNode): BeatNodeView[] {
    return this.getChildren(node).map((child) => {
      const item = this.getTreeItem(child);
      const args = item.command?.arguments as [vscode.Uri, vscode.TextDocumentShowOptions] | undefined;
      // A place opens a file at a line; the index-off row opens a setting instead.
      const opens = args?.[0] instanceof vscode.Uri ? { file: args[0].toString(), line: args[1].selection!.start.line } : undefined;
      return {
        label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
        description: typeof item.description === 'string' ? item.description : undefined,
        opens,
        command: item.command,
        children: this.describe(child),
      };
    });
  }
}

/** Shows the tree, with indexing progress or the count of skipped files as the view's message. */
export function registerBeatView(beat: BeatWorkspace): { tree: BeatTree; disposables: vscode.Disposable[] } {
  const tree = new BeatTree(beat);
  const view = vscode.window.createTreeView('tradeFacts.beat', { treeDataProvider: tree, showCollapseAll: true });
  const update = () => {
    const s = beat.status();
    view.message = !s.enabled
      ? vscode.l10n.t('The beat index is off: this view lists the articles open in the editor, and no workspace file is read.')
      : s.indexing
      ? s.skipped.length
        ? vscode.l10n.t('Indexing the beat: {0} of {1} files… ({2} skipped so far)', s.done, s.total, s.skipped.length)
        : vscode.l10n.t('Indexing the beat: {0} of {1} files…', s.done, s.total)
      : s.stopped
        ? vscode.l10n.t('Indexing stopped after {0} of {1} files: {2} articles indexed, {3} files skipped. Rebuild to index the rest.', s.stopped.done, s.stopped.total, s.articles, s.skipped.length)
        : s.skipped.length
          ? vscode.l10n.t('{0} articles indexed; {1} files skipped (see Skipped files).', s.articles, s.skipped.length)
          : undefined;
    void vscode.commands.executeCommand('setContext', 'tradeFacts.beatIndexing', s.indexing);
    // While a full run streams in, only the message moves: rebuilding the lists on every refresh
    // would keep the extension host busy for longer stretches as the beat grows.
    if (!s.indexing) tree.refresh();
  };
  return { tree, disposables: [view, beat.onDidChange(update)] };
}
