-- Neovim (0.7+, Debian's package) driving keyproof-language-server with its built-in LSP
-- client, headless. Environment: KP_SERVER (the server's bin), KP_ROOT (the project),
-- KP_FILE (the file to open), KP_OUT (where to write what the client received), KP_DEADLINE_MS.
-- Writes KP_OUT as JSON: { opened = <diagnostics>, fixes = <code action titles>, fixed = <diagnostics after the fix> }
-- and saves the buffer, then quits; on any failure writes { error = ... } and exits non-zero.
local deadline = tonumber(os.getenv('KP_DEADLINE_MS') or '120000')
local out = os.getenv('KP_OUT')
local published = {}

local function write_out(value)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(value))
  f:close()
end

local function wait_for(what, test)
  if not vim.wait(deadline, test, 20) then error('no ' .. what .. ' within ' .. deadline .. ' ms') end
end

local function drive()
  local client_id = vim.lsp.start_client({
    name = 'keyproof',
    cmd = { 'node', os.getenv('KP_SERVER'), '--stdio' },
    root_dir = os.getenv('KP_ROOT'),
    init_options = { debounceMs = 20 },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        table.insert(published, result)
        vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
  })
  assert(client_id, 'the language server did not start')
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('KP_FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  wait_for('diagnostics', function() return #published > 0 and #published[#published].diagnostics > 0 end)
  local opened = published[#published].diagnostics

  local first = opened[1]
  local reply = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = first.range,
    context = { diagnostics = opened },
  }, deadline, bufnr)
  assert(reply and reply.result, 'no code actions: ' .. vim.inspect(reply))
  local titles, chosen = {}, nil
  for _, action in ipairs(reply.result) do
    table.insert(titles, action.title)
    if chosen == nil and action.title:find('^Exclude "jobId"') then chosen = action end
  end
  assert(chosen, 'no @excludeFromKey fix among ' .. vim.inspect(titles))
  local before = #published
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')
  wait_for('diagnostics after the fix', function() return #published > before and #published[#published].diagnostics == 0 end)
  vim.cmd('write')
  write_out({ opened = opened, fixes = titles, fixed = published[#published].diagnostics })
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local ok, err = pcall(drive)
    if not ok then
      write_out({ error = tostring(err) })
      vim.cmd('cquit 1')
    end
    vim.lsp.stop_client(vim.lsp.get_active_clients())
    vim.cmd('qall!')
  end,
})
