using System.Collections.Frozen;
using System.Text.Json;

namespace NewsClean.Languages;

/// <summary>
/// Phrase lists and stopwords for one language: data, not code. Bundled packs are embedded JSON resources
/// (<c>RulePacks/&lt;tag&gt;.json</c>); callers can load their own with <see cref="FromJson(string)"/>.
/// </summary>
public sealed class LanguagePack
{
    private const string ResourcePrefix = "NewsClean.RulePacks.";

    /// <summary>Language-neutral phrases (agency names, share targets, copyright signs), always active.</summary>
    internal const string CommonTag = "common";

    private static readonly Lazy<FrozenDictionary<string, LanguagePack>> Bundled = new(LoadBundled);

    private LanguagePack(string language, string name, FrozenDictionary<PhraseCategory, PhraseList> phrases, FrozenSet<string> stopwords)
    {
        Language = language;
        Name = name;
        Phrases = phrases;
        Stopwords = stopwords;
    }

    /// <summary>The language tag, such as "en" or "id".</summary>
    public string Language { get; }

    /// <summary>The language's English name.</summary>
    public string Name { get; }

    /// <summary>The phrase lists, by category. Categories the pack does not list are absent.</summary>
    public IReadOnlyDictionary<PhraseCategory, PhraseList> Phrases { get; }

    /// <summary>Lowercase stopwords, used to tell prose from navigation and to detect the language.</summary>
    public IReadOnlySet<string> Stopwords { get; }

    /// <summary>Tags of the bundled language packs, sorted.</summary>
    public static IReadOnlyList<string> Available => Bundled.Value.Keys.Where(k => k != CommonTag).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Returns the bundled pack for <paramref name="language"/>.</summary>
    /// <param name="language">A tag from <see cref="Available"/>, case-insensitive; a region suffix ("en-GB") is ignored.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when no bundled pack has that language.</exception>
    public static LanguagePack Load(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        string tag = language.Split('-', '_')[0].ToLowerInvariant();
        if (tag != CommonTag && Bundled.Value.TryGetValue(tag, out var pack))
        {
            return pack;
        }

        throw new ArgumentException($"No bundled language pack for '{language}'. Available: {string.Join(", ", Available)}.", nameof(language));
    }

    internal static LanguagePack Common => Bundled.Value[CommonTag];

    /// <summary>Whether <paramref name="pack"/> is one of the bundled pack instances (not a caller's own pack).</summary>
    internal static bool IsBundled(LanguagePack pack) =>
        Bundled.Value.TryGetValue(pack.Language, out var bundled) && ReferenceEquals(bundled, pack);

    /// <summary>Parses a pack from its JSON text (the schema is in docs/rule-packs.md).</summary>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">Thrown when the JSON is malformed or breaks the schema; the message says where.</exception>
    public static LanguagePack FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        LanguagePackJson? data;
        try
        {
            data = JsonSerializer.Deserialize(json, LanguagePackJsonContext.Default.LanguagePackJson);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Language pack JSON is malformed: {ex.Message}", ex);
        }

        return FromData(data ?? throw new FormatException("Language pack JSON is empty."));
    }

    private static LanguagePack FromData(LanguagePackJson data)
    {
        if (string.IsNullOrWhiteSpace(data.Language))
        {
            throw new FormatException("Language pack has no \"language\" tag.");
        }

        var phrases = new Dictionary<PhraseCategory, PhraseList>();
        foreach (var (key, list) in data.Phrases ?? [])
        {
            if (!Enum.TryParse<PhraseCategory>(key, ignoreCase: true, out var category) || int.TryParse(key, out _))
            {
                throw new FormatException(
                    $"Language pack '{data.Language}' has unknown phrase category \"{key}\". Known: {string.Join(", ", Enum.GetNames<PhraseCategory>())}.");
            }

            var prefixes = Clean(list.Prefix, data.Language, key);
            RequireWordEnds(prefixes, data.Language, key);
            phrases[category] = new PhraseList(
                Clean(list.Exact, data.Language, key), prefixes, Clean(list.Contains, data.Language, key), Clean(list.Suffix, data.Language, key));
        }

        var stopwords = (data.Stopwords ?? []).Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        return new LanguagePack(data.Language.Trim().ToLowerInvariant(), data.Name?.Trim() ?? data.Language, phrases.ToFrozenDictionary(), stopwords);
    }

    private static string[] Clean(List<string>? phrases, string language, string category)
    {
        if (phrases is null)
        {
            return [];
        }

        foreach (var phrase in phrases)
        {
            if (string.IsNullOrWhiteSpace(phrase))
            {
                throw new FormatException($"Language pack '{language}' has an empty phrase in \"{category}\".");
            }
        }

        return [.. phrases.Select(p => p.Trim())];
    }

    /// <summary>
    /// A prefix phrase matches where a word ends, so one that ends in punctuation other than decoration ("Like this
    /// story?") would never match; a final colon is allowed, as the line must have it too.
    /// </summary>
    private static void RequireWordEnds(string[] prefixes, string language, string category)
    {
        foreach (var prefix in prefixes)
        {
            var phrase = PhraseMatcher.TrimDecoration(prefix);
            if (!phrase.IsEmpty && !PhraseMatcher.IsWordChar(phrase[^1]) && !PhraseMatcher.EndsWithColon(prefix))
            {
                throw new FormatException(
                    $"Language pack '{language}' has a prefix phrase in \"{category}\" that can never match: \"{prefix}\" must end in a letter, a digit or a colon.");
            }
        }
    }

    private static FrozenDictionary<string, LanguagePack> LoadBundled()
    {
        var assembly = typeof(LanguagePack).Assembly;
        var packs = new Dictionary<string, LanguagePack>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var pack = FromJson(reader.ReadToEnd());
            packs[pack.Language] = pack;
        }

        return packs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
