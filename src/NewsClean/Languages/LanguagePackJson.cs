using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsClean.Languages;

/// <summary>The on-disk shape of a language pack (see docs/rule-packs.md).</summary>
internal sealed class LanguagePackJson
{
    public string? Language { get; set; }

    public string? Name { get; set; }

    public Dictionary<string, PhraseListJson>? Phrases { get; set; }

    public List<string>? Stopwords { get; set; }
}

internal sealed class PhraseListJson
{
    public List<string>? Exact { get; set; }

    public List<string>? Prefix { get; set; }

    public List<string>? Contains { get; set; }

    public List<string>? Suffix { get; set; }
}

/// <summary>Source-generated serializer context: no reflection, trimming- and AOT-safe.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(LanguagePackJson))]
internal sealed partial class LanguagePackJsonContext : JsonSerializerContext;
