/**
 * The Gongwen VS Code client: starts the language server and wires VS Code's UI to it — commands,
 * the 公文结构 view, the status bar. It knows nothing of documents itself; everything it shows
 * comes from the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Conversion } from './conversion';
import { StructureStatus } from './status';
import { StructureView, revealRange } from './structureView';

let client: LanguageClient | undefined;

/** What the extension exports: its parts, for the integration tests to look at. */
export interface GongwenApi {
  readonly client: LanguageClient;
  readonly structure: StructureView;
}

export async function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const selector = ['gongwen', 'plaintext', 'markdown'].flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    diagnosticCollectionName: 'gongwen',
  };
  client = new LanguageClient('gongwen', 'Gongwen 公文', serverOptions, clientOptions);

  const status = new StructureStatus(client);
  const view = new StructureView(client);
  const conversion = new Conversion(client);
  const c = client;
  context.subscriptions.push(
    status,
    view,
    conversion,
    vscode.commands.registerCommand('gongwen.restartServer', async () => {
      await c.restart();
      view.refresh(0);
    }),
    vscode.commands.registerCommand('gongwen.showOutput', () => c.outputChannel.show()),
    vscode.commands.registerCommand('gongwen.showStructure', () => vscode.commands.executeCommand('gongwen.structure.focus')),
    vscode.commands.registerCommand('gongwen.refreshStructure', () => view.refresh(0)),
    vscode.commands.registerCommand('gongwen.revealRange', revealRange),
    vscode.commands.registerCommand('gongwen.checkWorkspace', () => checkWorkspace(c)),
  );
  await client.start();
  status.start();
  view.refresh(0);
  return { client, structure: view };
}

/** Checks every policy document in the workspace; the problems appear in the Problems panel. */
async function checkWorkspace(c: LanguageClient): Promise<void> {
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking policy documents in the workspace…') },
    async () => {
      const result = await c.sendRequest<{ files: number; errors: number; warnings: number }>('gongwen/checkWorkspace', {});
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Checked {0} documents: {1} errors, {2} warnings.', result.files, result.errors, result.warnings),
      );
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    },
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
