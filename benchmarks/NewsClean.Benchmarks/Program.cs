using BenchmarkDotNet.Running;
using NewsClean.Benchmarks;
using NewsClean.Benchmarks.Corpus;

// Hidden switch, not a benchmark: writes every dev-corpus output and trace to a file, so an optimisation can be checked
// to leave behaviour byte-identical (run before and after, then compare the files).
if (args is [OutputDump.Switch, var path])
{
    OutputDump.Write(path);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, BenchmarkConfig.Create());
return 0;
