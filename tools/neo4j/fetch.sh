#!/usr/bin/env bash
# Copies the Neo4j jars listed in pom.xml from Maven Central into tools/neo4j/lib/.
# Does nothing when lib/ already matches pom.xml, so CI can call it on every run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lib="$here/lib"
stamp="$lib/.pom.sha256"
plugin='org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies'

sha256() { if command -v sha256sum >/dev/null; then sha256sum "$1"; else shasum -a 256 "$1"; fi; }
wanted="$(sha256 "$here/pom.xml" | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]]; then
  exit 0
fi

# Start from an empty lib/ so jars of a previously pinned version never linger.
rm -rf "$lib"
echo 'downloading Neo4j jars from Maven Central (first run only)…' >&2
# Maven logs (including errors) go to stdout; keep ours clean for callers.
mvn -q -B -f "$here/pom.xml" "$plugin@lib" "$plugin@plugins" >&2
echo "$wanted" > "$stamp"
