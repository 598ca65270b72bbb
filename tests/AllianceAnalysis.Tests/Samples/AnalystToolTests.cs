using System.Reflection;
using System.Text.RegularExpressions;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Samples;

/// <summary>
/// samples/AnalystTool builds against the packed library (scripts/pack-and-run-sample.sh runs it); these tests keep
/// its rule pack and its package version in step with the library without packing.
/// </summary>
public class AnalystToolTests
{
    [Fact]
    public void Extra_pack_loads_after_the_default_pack_and_its_test_cases_hold()
    {
        RulePack extra = RulePack.LoadFile(RepoFiles.PathOf("samples", "AnalystTool", "extra.pack.yaml"));
        AllianceAnalyzer analyzer = AllianceAnalyzer.CreateBuilder().AddPack(extra).Build();

        extra.Document.Tests.Should().NotBeEmpty();
        foreach (PackTestEntry test in extra.Document.Tests)
        {
            PackTestResult result = PackTestRunner.Run(analyzer, test);
            result.Failures.Should().BeEmpty("'{0}' produced [{1}]", test.Text, string.Join("; ", result.Claims));
        }
    }

    [Fact]
    public void Sample_references_the_version_the_repository_builds()
    {
        string csproj = RepoFiles.Read("samples", "AnalystTool", "AnalystTool.csproj");
        Match pin = Regex.Match(csproj, "<PackageReference Include=\"AllianceAnalysis\" Version=\"([^\"]+)\"");
        string? built = typeof(AllianceAnalyzer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

        pin.Success.Should().BeTrue("the sample references the AllianceAnalysis package by version");
        built.Should().NotBeNull();
        pin.Groups[1].Value.Should().Be(built!.Split('+')[0], "bumping <Version> in Directory.Build.props must bump the sample's pin too");
    }
}
