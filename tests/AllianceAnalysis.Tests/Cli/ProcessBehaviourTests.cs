using System.Diagnostics;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Cli;

/// <summary>Runs the built <c>alliance</c> executable as a separate process, as a user would.</summary>
public sealed class ProcessBehaviourTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Analyze_as_a_process_exits_zero_and_writes_the_default_out_folder()
    {
        // The test project references the CLI project, so the CLI's assembly sits next to the test assembly.
        string cli = Path.Combine(AppContext.BaseDirectory, "alliance.dll");
        File.Exists(cli).Should().BeTrue($"the CLI is built next to the tests at {cli}");
        _temp.Write("articles/iran-russia.txt", "Iran supplied drones to Russia. Moscow denies a defense pact with Tehran.\n");

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _temp.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add("analyze");
        start.ArgumentList.Add("articles");

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        process.ExitCode.Should().Be(0, await stderr);
        (await stdout).Should().Contain("1 document, 2 claims, 0 failed; wrote out");
        File.Exists(_temp["out/claims.jsonl"]).Should().BeTrue();
        File.Exists(_temp["out/relations.json"]).Should().BeTrue();
        File.Exists(_temp["out/relations.csv"]).Should().BeTrue();
    }
}
