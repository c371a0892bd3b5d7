import * as vscode from 'vscode';
import type { Place, Stretch } from '../../core/beat';

/** A stretch of an indexed article as an editor range (the index keeps line and character for each end). */
export const stretchRange = (s: Stretch): vscode.Range => new vscode.Range(s.from.line, s.from.character, s.to.line, s.to.character);

/** A place in an indexed article as a location. */
export const placeLocation = (file: string, s: Stretch): vscode.Location => new vscode.Location(vscode.Uri.parse(file), stretchRange(s));

/** The command that opens an article with a place selected (tree items, flags). */
export const openPlaceCommand = (p: Place): vscode.Command => ({
  title: vscode.l10n.t('Open'),
  command: 'vscode.open',
  arguments: [vscode.Uri.parse(p.file), { selection: stretchRange(p), preserveFocus: false } satisfies vscode.TextDocumentShowOptions],
});
