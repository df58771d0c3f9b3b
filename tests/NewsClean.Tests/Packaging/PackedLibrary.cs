namespace NewsClean.Tests.Packaging;

/// <summary>
/// Packs src/NewsClean once into a temporary folder outside the repository, so that nothing of the repository's
/// Directory.Build.props or Directory.Packages.props reaches what is built against the package.
/// </summary>
public sealed class PackedLibrary : IDisposable
{
    public const string Version = "0.1.0";

    public PackedLibrary()
    {
        WorkDirectory = Directory.CreateTempSubdirectory("newsclean-pack-").FullName;
        FeedDirectory = Directory.CreateDirectory(Path.Combine(WorkDirectory, "feed")).FullName;
        var project = RepoPaths.Combine("src", "NewsClean", "NewsClean.csproj");
        PackResult = DotnetCommand.Run(RepoPaths.Root, TimeSpan.FromMinutes(5), "pack", project, "-c", "Release", "-o", FeedDirectory);
    }

    /// <summary>A temporary folder that holds the feed and whatever a test builds; deleted afterwards.</summary>
    public string WorkDirectory { get; }

    /// <summary>The folder `dotnet pack` wrote the packages to, used as a local NuGet source.</summary>
    public string FeedDirectory { get; }

    public DotnetCommand.Result PackResult { get; }

    public string PackagePath => Path.Combine(FeedDirectory, $"NewsClean.{Version}.nupkg");

    public string SymbolPackagePath => Path.Combine(FeedDirectory, $"NewsClean.{Version}.snupkg");

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing Dispose would hide the test's real result.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
