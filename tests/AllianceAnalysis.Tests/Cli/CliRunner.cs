using AllianceAnalysis.Cli;

namespace AllianceAnalysis.Tests.Cli;

/// <summary>Runs the real command tree in-process with captured standard output and error.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = CliApp.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static (int ExitCode, string Out, string Err) RunWithInput(byte[] input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = CliApp.Run(args, output, error, () => new MemoryStream(input));
        return (exitCode, output.ToString(), error.ToString());
    }
}
