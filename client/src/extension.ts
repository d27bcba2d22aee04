/**
 * The Gongwen VS Code client: starts the language server and shows what it reports. It holds
 * no knowledge of documents itself; everything it shows comes from the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { StructureStatus } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
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
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand('gongwen.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('gongwen.showOutput', () => client?.outputChannel.show()),
  );
  await client.start();
  status.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
