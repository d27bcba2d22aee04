#!/usr/bin/env bash
# Installs what `npm run test:editors` needs (see ../shared/notes/real-vscode.md):
#   - Debian packages: Chromium (the browser that drives code-server), Neovim (a second LSP
#     client), ripgrep and libkrb5-dev (for code-server's native modules), build tools for
#     node-gyp, and a CJK font so Chinese text renders.
#   - code-server 4.100.3 (VS Code 1.100.3 on Node 20) into .vscode-test/code-server, outside
#     the project's node_modules so a plain `npm ci` stays fast.
# Idempotent: does nothing (in about a second) when everything is already there.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CS_VERSION=4.100.3
CS_DIR="$ROOT/.vscode-test/code-server"
CS_MARKER="$CS_DIR/.installed-$CS_VERSION"
RG_VERSION=1.15.11          # @vscode/ripgrep, as pinned by code-server's lib/vscode shrinkwrap
RG_ASSET_VERSION=v13.0.0-10 # the ripgrep-prebuilt release that version downloads

log() { printf '[setup-editors] %s\n' "$*"; }
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# --- Debian packages -------------------------------------------------------------------
packages=(chromium neovim ripgrep libkrb5-dev fonts-wqy-microhei python3 make g++ pkg-config)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "Debian packages present"
fi

# --- code-server -----------------------------------------------------------------------
if [ -f "$CS_MARKER" ] && [ -f "$CS_DIR/node_modules/code-server/out/node/entry.js" ]; then
  log "code-server $CS_VERSION present in ${CS_DIR#"$ROOT"/}"
else
  node_major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$node_major" != 20 ]; then
    log "code-server $CS_VERSION needs Node 20; this is Node $(node -v)" >&2
    exit 1
  fi
  log "installing code-server $CS_VERSION into ${CS_DIR#"$ROOT"/} (about 2 minutes)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR/tmp"
  # A package of its own, so npm installs here and not into the project.
  cat >"$CS_DIR/package.json" <<EOF
{ "name": "gongwen-code-server", "private": true, "dependencies": { "code-server": "$CS_VERSION" } }
EOF

  # @vscode/ripgrep's postinstall fetches rg from GitHub unless its cache under $TMPDIR
  # already holds the release tarball: give it Debian's rg.
  case "$(uname -m)" in
    x86_64) rg_target=x86_64-unknown-linux-musl ;;
    aarch64) rg_target=aarch64-unknown-linux-musl ;;
    *) log "unsupported architecture $(uname -m)" >&2; exit 1 ;;
  esac
  rg_cache="$CS_DIR/tmp/vscode-ripgrep-cache-$RG_VERSION"
  mkdir -p "$rg_cache"
  tar czf "$rg_cache/ripgrep-$RG_ASSET_VERSION-$rg_target.tar.gz" -C "$(dirname "$(command -v rg)")" rg

  # npm 11 runs dependency install scripts only when an allowScripts policy covers them. An
  # allow-list cannot reach code-server's own postinstall, which runs nested `npm install`s
  # in lib/vscode and lib/vscode/extensions: npm exports an .npmrc `allow-scripts` to them
  # as npm_config_allow_scripts, and a project-scoped install rejects that (EALLOWSCRIPTS).
  # So this one isolated install of a pinned, shrinkwrapped code-server allows all scripts.
  (
    cd "$CS_DIR"
    export TMPDIR="$CS_DIR/tmp"
    export npm_config_dangerously_allow_all_scripts=true
    export npm_config_unsafe_perm=true # root: code-server's postinstall insists on it
    export npm_config_yes=true         # node-pty runs `npx node-gyp`; ~/.npmrc may say yes=false
    # node-gyp would download Node's headers from nodejs.org: use the installed ones.
    node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
    if [ -z "${npm_config_nodedir:-}" ] && [ -f "$node_prefix/include/node/node.h" ]; then
      export npm_config_nodedir="$node_prefix"
    fi
    export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
    npm install --no-package-lock --loglevel=error
  )

  # Fail now, not in the middle of a test run, if a native module was skipped.
  vs="$CS_DIR/node_modules/code-server/lib/vscode/node_modules"
  for f in "$vs/@vscode/ripgrep/bin/rg" "$vs/node-pty/build/Release/pty.node" \
    "$vs/@vscode/spdlog/build/Release/spdlog.node" "$vs/kerberos/build/Release/kerberos.node"; do
    if [ ! -e "$f" ]; then
      log "code-server install incomplete: missing ${f#"$CS_DIR"/}" >&2
      exit 1
    fi
  done
  rm -rf "$CS_DIR/tmp"
  touch "$CS_MARKER"
  log "code-server $CS_VERSION installed"
fi

if [ ! -d "$ROOT/node_modules/playwright-core" ]; then
  log "note: run npm ci too (the harness uses playwright-core and @vscode/test-electron)"
fi
