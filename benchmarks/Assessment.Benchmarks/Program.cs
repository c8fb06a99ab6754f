using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Assessment.Benchmarks.BeoordelingBenchmarks).Assembly).Run(args);
