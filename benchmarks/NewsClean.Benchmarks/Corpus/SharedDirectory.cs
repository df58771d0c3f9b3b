namespace NewsClean.Benchmarks.Corpus;

/// <summary>Finds the shared evaluation data (<c>../shared</c> next to the repository), which is never copied into the repo.</summary>
public static class SharedDirectory
{
    /// <summary>Overrides the search: the path of the shared directory (the one holding <c>eval/dev</c>).</summary>
    public const string EnvironmentVariable = "NEWSCLEAN_SHARED_DIR";

    private const string DevCorpusPath = "eval/dev/scrapinghub.jsonl.gz";

    /// <summary>The path of the dev corpus file.</summary>
    /// <exception cref="DirectoryNotFoundException">Thrown when no shared directory holds the corpus.</exception>
    public static string DevCorpusFile()
    {
        string? overridden = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(overridden))
        {
            string file = Path.Combine(overridden, DevCorpusPath);
            return File.Exists(file) ? file : throw new DirectoryNotFoundException($"{EnvironmentVariable}={overridden} holds no {DevCorpusPath}.");
        }

        // BenchmarkDotNet runs each benchmark from a generated project deep under bin/, so walk up from both the
        // working directory and the assembly's directory until a "shared" sibling holds the corpus.
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string file = Path.Combine(dir.FullName, "shared", DevCorpusPath);
                if (File.Exists(file))
                {
                    return file;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"No shared/{DevCorpusPath} found above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}; set {EnvironmentVariable}.");
    }
}
