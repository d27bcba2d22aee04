-- Drives the Gongwen language server from Neovim's built-in LSP client (the 0.7 API:
-- vim.lsp.start_client). Run as
--   nvim --headless --clean -u NONE -c "luafile lsp.lua"
-- with GONGWEN_SERVER (the server's .js), GONGWEN_FILE (the document) and GONGWEN_OUT (where
-- to write the JSON result: { symbols, diagnostics, errors }) in the environment.
local server, file, out = os.getenv('GONGWEN_SERVER'), os.getenv('GONGWEN_FILE'), os.getenv('GONGWEN_OUT')
local result = { symbols = vim.NIL, diagnostics = vim.NIL, errors = {} }

local function finish()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd(#result.errors == 0 and 'qall!' or 'cquit 1')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  local initialized, exit_code = false, nil

  local client_id = vim.lsp.start_client({
    name = 'gongwen',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    on_init = function() initialized = true end,
    on_exit = function(code) exit_code = code end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, params)
        if params.uri == uri then result.diagnostics = params.diagnostics end
      end,
    },
  })
  assert(client_id, 'vim.lsp.start_client failed')
  vim.lsp.buf_attach_client(bufnr, client_id)
  vim.wait(10000, function() return initialized or exit_code ~= nil end, 20)
  assert(exit_code == nil, 'the server exited with code ' .. tostring(exit_code))
  assert(initialized, 'the server did not initialise within 10 s')

  local client = vim.lsp.get_client_by_id(client_id)
  local response, request_err = client.request_sync('textDocument/documentSymbol',
    { textDocument = { uri = uri } }, 10000, bufnr)
  assert(response, 'documentSymbol: ' .. tostring(request_err))
  assert(not response.err, 'documentSymbol: ' .. vim.inspect(response.err))
  result.symbols = response.result

  assert(vim.wait(10000, function() return result.diagnostics ~= vim.NIL end, 20),
    'no diagnostics published within 10 s')
  client.stop()
end)
if not ok then table.insert(result.errors, tostring(err)) end
finish()
