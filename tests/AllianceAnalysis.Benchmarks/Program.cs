using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(AllianceAnalysis.Benchmarks.PipelineBenchmarks).Assembly).Run(args);
