#!/bin/sh
# Fails when the vigil binary imports anything from node:: — libnode is only
# V8's carrier. Also fails if the check itself cannot run.
bin="$1"
syms=$(nm -C --undefined-only "$bin") || { echo "nm failed on $bin"; exit 1; }
count=$(printf '%s\n' "$syms" | grep -c 'v8::') 
if [ "$count" -eq 0 ]; then echo "no v8:: symbols found: is $bin really linked to V8?"; exit 1; fi
bad=$(printf '%s\n' "$syms" | grep -E ' node::|napi_|uv_.*node' | grep -v 'v8::' || true)
if [ -n "$bad" ]; then
  echo "vigil imports node symbols:"; echo "$bad"; exit 1
fi
echo "ok: $count v8:: imports, no node:: import"
