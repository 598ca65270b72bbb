#!/usr/bin/env bash
# Regenerates the README's command-line reference from the commands' own help:
# runs `alliance --help` and each command's `--help` (analyze, sentences, explain, rules test, rules lint) and rewrites the README region
# between the `cli-reference:begin` and `cli-reference:end` markers. A test
# (tests/AllianceAnalysis.Tests/Docs/ReadmeTests.cs) fails when the region differs from the current help, so run this
# script after changing a command, an option or a description.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

readme=README.md
begin='<!-- cli-reference:begin'
end='<!-- cli-reference:end -->'
grep -q "^$begin" "$readme" || { echo "cli-reference: no '$begin' marker in $readme" >&2; exit 1; }
grep -q "^$end" "$readme" || { echo "cli-reference: no '$end' marker in $readme" >&2; exit 1; }

dotnet build src/AllianceAnalysis.Cli -nologo -v quiet >/dev/null
dll=$(dotnet msbuild src/AllianceAnalysis.Cli -nologo -getProperty:TargetPath)

region=$(mktemp)
trap 'rm -f "$region" "$readme.tmp"' EXIT
{
  first=1
  for command in "" "analyze" "sentences" "explain" "eval" "rules test" "rules lint"; do
    [ "$first" = 1 ] || echo
    first=0
    # shellcheck disable=SC2086  # $command is empty or words to split
    help=$(dotnet "$dll" $command --help)
    echo "\`alliance${command:+ $command} --help\`:"
    echo
    echo '```text'
    printf '%s\n' "$help"
    echo '```'
  done
} >"$region"

awk -v begin="$begin" -v end="$end" -v region="$region" '
  index($0, begin) == 1 { print; while ((getline line < region) > 0) print line; skipping = 1; next }
  index($0, end) == 1 { skipping = 0 }
  !skipping { print }
' "$readme" >"$readme.tmp"
mv "$readme.tmp" "$readme"
echo "cli-reference: rewrote the command-line reference in $readme"
