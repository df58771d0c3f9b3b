namespace NewsClean.Cli;

/// <summary>Parsed command-line options.</summary>
internal sealed class CliOptions
{
    public List<string> Files { get; } = [];

    public List<string> Languages { get; } = [];

    public List<string> Disabled { get; } = [];

    public bool Explain { get; private set; }

    /// <summary>The inputs are web pages: extract the article with CleanHtml.</summary>
    public bool Html { get; private set; }

    public bool Help { get; private set; }

    public bool Version { get; private set; }

    public bool ListRules { get; private set; }

    public static bool TryParse(string[] args, out CliOptions options, out string? error)
    {
        options = new CliOptions();
        error = null;
        bool onlyFiles = false;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (onlyFiles || arg == "-" || !arg.StartsWith('-'))
            {
                options.Files.Add(arg);
                continue;
            }

            switch (arg)
            {
                case "--":
                    onlyFiles = true;
                    break;
                case "--explain":
                    options.Explain = true;
                    break;
                case "--html":
                    options.Html = true;
                    break;
                case "-h" or "--help":
                    options.Help = true;
                    break;
                case "--version":
                    options.Version = true;
                    break;
                case "--rules":
                    options.ListRules = true;
                    break;
                case "--lang" or "--disable":
                    if (i + 1 >= args.Length)
                    {
                        error = $"option '{arg}' needs a value";
                        return false;
                    }

                    (arg == "--lang" ? options.Languages : options.Disabled).Add(args[++i]);
                    break;
                default:
                    error = $"unknown option '{arg}'";
                    return false;
            }
        }

        return true;
    }
}
