using System.IO.Compression;
using System.Xml.Linq;
using Xunit;

namespace NewsClean.Tests.Packaging;

/// <summary>The NuGet package: what it holds, and that a separate app can restore it and call the library.</summary>
public sealed class PackageTests(PackedLibrary package) : IClassFixture<PackedLibrary>
{
    private const string SampleText = "Photo: Reuters\nThe council approved the new budget on Monday after a long debate.\nADVERTISEMENT\n";

    [Fact]
    public void Pack_writes_package_with_readme_licence_xml_docs_and_a_symbol_package()
    {
        Assert.True(package.PackResult.ExitCode == 0, package.PackResult.ToString());
        Assert.True(File.Exists(package.PackagePath), $"missing {package.PackagePath}\n{package.PackResult}");
        Assert.True(File.Exists(package.SymbolPackagePath), $"missing {package.SymbolPackagePath}\n{package.PackResult}");

        using var nupkg = ZipFile.OpenRead(package.PackagePath);
        var entries = nupkg.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        Assert.Contains("lib/net10.0/NewsClean.dll", entries);
        Assert.Contains("lib/net10.0/NewsClean.xml", entries);

        var nuspec = XDocument.Load(nupkg.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("NewsClean", metadata.Element(ns + "id")?.Value);
        Assert.Equal(PackedLibrary.Version, metadata.Element(ns + "version")?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
        var dependencies = metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")?.Value).ToList();
        Assert.Contains("AngleSharp", dependencies);
        Assert.Contains("Microsoft.Extensions.Logging.Abstractions", dependencies);

        using var snupkg = ZipFile.OpenRead(package.SymbolPackagePath);
        Assert.Contains(snupkg.Entries, e => e.FullName == "lib/net10.0/NewsClean.pdb");
    }

    [Fact]
    public void Separate_app_restores_the_package_from_a_local_folder_and_cleans_text()
    {
        Assert.True(package.PackResult.ExitCode == 0, package.PackResult.ToString());
        string app = Directory.CreateDirectory(Path.Combine(package.WorkDirectory, "consumer")).FullName;
        WriteConsumerApp(app);

        var run = DotnetCommand.Run(app, TimeSpan.FromMinutes(5), "run", "--project", Path.Combine(app, "Consumer.csproj"));

        Assert.True(run.ExitCode == 0, run.ToString());
        string printed = run.Output.ReplaceLineEndings("\n").TrimEnd('\n');
        Assert.Equal(NewsCleaner.Clean(SampleText), printed);
        Assert.Contains("The council approved the new budget on Monday after a long debate.", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("ADVERTISEMENT", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("Reuters", printed, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(package.WorkDirectory, "packages", "newsclean", PackedLibrary.Version, $"newsclean.{PackedLibrary.Version}.nupkg")),
            "NewsClean was not restored from the local feed into the app's own packages folder.");
    }

    private void WriteConsumerApp(string app)
    {
        // Empty props files stop MSBuild from looking further up for any Directory.*.props of the machine.
        File.WriteAllText(Path.Combine(app, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(app, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NewsClean" Version="{PackedLibrary.Version}" />
              </ItemGroup>
            </Project>
            """);

        // The local feed is added next to the machine's usual source (which serves AngleSharp and Logging.Abstractions).
        // A private packages folder makes sure this run's NewsClean is restored, never an older copy from the user's cache.
        File.WriteAllText(Path.Combine(app, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(package.WorkDirectory, "packages")}" />
              </config>
              <packageSources>
                <add key="newsclean-local" value="{package.FeedDirectory}" />
              </packageSources>
            </configuration>
            """);

        string literal = SampleText.Replace("\n", "\\n", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(app, "Program.cs"), $$"""
            using NewsClean;

            Console.WriteLine(NewsCleaner.Clean("{{literal}}"));
            """);
    }
}
