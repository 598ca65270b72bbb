#!/usr/bin/env bash
# Packs the library and the tool, then proves both from the outside:
#   1. dotnet pack  -> artifacts/packages/AllianceAnalysis.<version>.nupkg and AllianceAnalysis.Cli.<version>.nupkg,
#      checking what each package holds (README, licence, XML docs, embedded symbols, embedded default rule pack);
#   2. builds and runs samples/AnalystTool against the packed library (by version, from the local feed in its
#      nuget.config), restoring into an empty package folder under artifacts/ so no stale cached copy of the same
#      version can be used;
#   3. installs the tool into a temporary tool path and, separately, as a global tool under a temporary home, and runs
#      `alliance --help` and `alliance analyze` from an unrelated working folder.
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

packages="$root/artifacts/packages"
# An empty package folder for everything that consumes the packages: a cached AllianceAnalysis of the same version
# (from an earlier run, or from anywhere else) can never stand in for the one packed here.
nuget_packages="$root/artifacts/nuget-packages"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { echo "pack-and-run-sample: $*" >&2; exit 1; }

# grep reading all its input: with pipefail, `producer | grep -q` can fail when grep exits before the producer ends.
has() { grep "$@" >/dev/null; }

# Zip listing and extraction without assuming unzip is installed.
zip_list() {
  if command -v unzip >/dev/null; then unzip -Z1 "$1"; else python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1"; fi
}
zip_cat() {
  if command -v unzip >/dev/null; then unzip -p "$1" "$2"; else python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' "$1" "$2"; fi
}
require_entry() { zip_list "$1" | has -Fx "$2" || fail "$(basename "$1") lacks $2"; }

version=$(dotnet msbuild src/AllianceAnalysis -nologo -getProperty:Version)
[ -n "$version" ] || fail "no <Version> in Directory.Build.props"
echo "version $version"

step "pack library and tool into artifacts/packages"
rm -rf "$packages" "$nuget_packages"
# ContinuousIntegrationBuild: packages are release artifacts, so build them reproducibly wherever this runs.
for project in src/AllianceAnalysis src/AllianceAnalysis.Cli; do
  dotnet pack "$project" -c Release -o "$packages" -p:ContinuousIntegrationBuild=true -nologo
done
lib="$packages/AllianceAnalysis.$version.nupkg"
tool="$packages/AllianceAnalysis.Cli.$version.nupkg"
[ -f "$lib" ] || fail "missing $lib"
[ -f "$tool" ] || fail "missing $tool"

step "check package contents"
require_entry "$lib" README.md
require_entry "$lib" lib/net10.0/AllianceAnalysis.dll
require_entry "$lib" lib/net10.0/AllianceAnalysis.xml
zip_list "$lib" | has '\.pdb$' && fail "symbols must be embedded in the dll, not shipped as a .pdb"
zip_cat "$lib" AllianceAnalysis.nuspec | has '<license type="expression">MIT</license>' || fail "library nuspec lacks the MIT licence expression"
zip_cat "$lib" AllianceAnalysis.nuspec | has '<readme>README.md</readme>' || fail "library nuspec lacks the readme"
zip_cat "$lib" lib/net10.0/AllianceAnalysis.dll >"$tmp/AllianceAnalysis.dll"
grep -aq 'AllianceAnalysis.Packs.core.pack.yaml' "$tmp/AllianceAnalysis.dll" || fail "the default rule pack is not embedded in the packed dll"
grep -aq 'MPDB' "$tmp/AllianceAnalysis.dll" || fail "the packed dll has no embedded portable PDB"
require_entry "$tool" README.md
require_entry "$tool" tools/net10.0/any/DotnetToolSettings.xml
require_entry "$tool" tools/net10.0/any/alliance.dll
zip_cat "$tool" tools/net10.0/any/DotnetToolSettings.xml | has 'Name="alliance"' || fail "tool command is not named alliance"
zip_cat "$tool" AllianceAnalysis.Cli.nuspec | has '<packageType name="DotnetTool" />' || fail "CLI package is not a .NET tool"
echo "ok: README, MIT licence expression, XML docs, embedded symbols, embedded default pack; tool command 'alliance'"

export NUGET_PACKAGES="$nuget_packages"

step "build and run samples/AnalystTool against the packed library"
(
  cd samples/AnalystTool
  dotnet build -c Release -nologo
  metadata="$NUGET_PACKAGES/allianceanalysis/$version/.nupkg.metadata"
  [ -f "$metadata" ] || fail "the sample did not restore AllianceAnalysis $version"
  grep -q "\"source\": \"$packages\"" "$metadata" || fail "AllianceAnalysis $version was restored from elsewhere than $packages: $(cat "$metadata")"
  dotnet run -c Release --no-build -- "$root/corpus/articles" RUS IRN | tee "$tmp/sample.txt"
)
grep -q 'defense-pact' "$tmp/sample.txt" || fail "the sample printed no defense-pact profile"
grep -q 'analyst-extra@' "$tmp/sample.txt" || fail "the sample did not load its extra rule pack"

check_outputs() {
  for f in claims.jsonl relations.json relations.csv; do
    [ -s "$1/$f" ] || fail "missing or empty: $1/$f"
  done
}

step "install the tool into a temporary tool path and run it from another folder"
mkdir -p "$tmp/work"
cd "$tmp/work"
dotnet tool install AllianceAnalysis.Cli --version "$version" --tool-path "$tmp/tools" --add-source "$packages"
cmp -s "$tmp/tools/.store/allianceanalysis.cli/$version/allianceanalysis.cli/$version/tools/net10.0/any/alliance.dll" \
  <(zip_cat "$tool" tools/net10.0/any/alliance.dll) || fail "the installed tool is not the one just packed"
"$tmp/tools/alliance" --help | tee "$tmp/help.txt"
grep -q 'alliance \[command\]' "$tmp/help.txt" || fail "alliance --help printed no usage"
"$tmp/tools/alliance" analyze "$root/corpus/articles" --out "$tmp/out" | tee "$tmp/analyze.txt"
grep -q 'defense-pact' "$tmp/analyze.txt" || fail "alliance analyze printed no defense-pact relation"
check_outputs "$tmp/out"

step "install the tool globally (temporary home) and run it from another folder"
# --ignore-failed-sources: --add-source keeps the configured sources, and without it the install fails with no network
# ("Unable to load the service index"); with it, the local folder alone suffices (the tool package bundles its dependencies).
mkdir -p "$tmp/home"
HOME="$tmp/home" DOTNET_CLI_HOME="$tmp/home" \
  dotnet tool install --global AllianceAnalysis.Cli --version "$version" --add-source "$packages" --ignore-failed-sources
# As a user would: the global tools folder on PATH, the command by its name.
HOME="$tmp/home" PATH="$tmp/home/.dotnet/tools:$PATH" alliance --help | has 'alliance \[command\]' || fail "global alliance --help printed no usage"
HOME="$tmp/home" PATH="$tmp/home/.dotnet/tools:$PATH" alliance analyze "$root/corpus/articles" --out "$tmp/out-global" >/dev/null
check_outputs "$tmp/out-global"

cd "$root"
echo
echo "pack-and-run-sample: ok (AllianceAnalysis $version and AllianceAnalysis.Cli $version)"
