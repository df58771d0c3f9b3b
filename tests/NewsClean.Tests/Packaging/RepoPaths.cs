namespace NewsClean.Tests.Packaging;

/// <summary>Finds files of the repository from the test's output folder, wherever the repository is checked out.</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding NewsClean.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsClean.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"NewsClean.sln not found above {AppContext.BaseDirectory}.");
    }
}
