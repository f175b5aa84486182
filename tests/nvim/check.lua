-- Headless Neovim as a real LSP client: open an article, wait for wirelint's diagnostics, ask for a
-- hover and the code actions on the first fixable finding, write what came back as JSON.
local bin, article, out = _G.WIRELINT_BIN, _G.WIRELINT_ARTICLE, _G.WIRELINT_OUT
vim.cmd('edit ' .. vim.fn.fnameescape(article))
local client = vim.lsp.start_client({ name = 'wirelint', cmd = { bin, 'lsp' }, root_dir = vim.fn.getcwd() })
vim.lsp.buf_attach_client(0, client)
local ok = vim.wait(10000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local result = { ok = ok, diagnostics = {}, hover = '', actions = {} }
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(result.diagnostics, {
    code = d.code or lsp.code, lnum = d.lnum, col = d.col, message = d.message,
    related = lsp.relatedInformation and #lsp.relatedInformation or 0,
  })
end
table.sort(result.diagnostics, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
local first = result.diagnostics[1]
if first then
  local pos = { line = first.lnum, character = first.col }
  local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover',
    { textDocument = { uri = vim.uri_from_bufnr(0) }, position = pos }, 5000)
  for _, r in pairs(hover or {}) do
    if r.result and r.result.contents then result.hover = r.result.contents.value end
  end
  local actions = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(0) },
    range = { start = pos, ['end'] = pos },
    context = { diagnostics = {} },
  }, 5000)
  for _, r in pairs(actions or {}) do
    for _, a in ipairs(r.result or {}) do table.insert(result.actions, a.title) end
  end
end
vim.fn.writefile({ vim.fn.json_encode(result) }, out)
vim.lsp.stop_client(client)
vim.cmd('qa!')
