using System.Buffers;
using AngleSharp.Dom;

namespace NewsClean.Html;

/// <summary>Why the markup says an element is not article content.</summary>
internal enum DropKind : byte
{
    /// <summary>Nothing says so.</summary>
    None,

    /// <summary>Code or a control: <see cref="HtmlRuleIds.Code"/>.</summary>
    Code,

    /// <summary>Hidden by the page: <see cref="HtmlRuleIds.Hidden"/>.</summary>
    Hidden,

    /// <summary>Page layout: <see cref="HtmlRuleIds.Layout"/>.</summary>
    Layout,

    /// <summary>Named as furniture: <see cref="HtmlRuleIds.Boilerplate"/>.</summary>
    Boilerplate,

    /// <summary>Named as a list of other articles (related, most read, ...): <see cref="HtmlRuleIds.Boilerplate"/>, never overruled.</summary>
    OtherArticles,
}

/// <summary>Reads an element's tag and attributes and says whether, and why, it is not article content.</summary>
internal static class ElementClassifier
{
    /// <summary>The attributes whose values can name an element as furniture.</summary>
    internal static readonly string[] NamingAttributes = ["class", "id", "role", "aria-label", "itemprop"];

    // Not "d-none" or "hidden-print": responsive and print classes ("d-none d-md-block") leave the element on screen.
    private static readonly string[] ScreenReaderClasses = ["sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only"];

    // Most class values hold none of them anywhere, which one vectorised search tells.
    private static readonly SearchValues<string> ScreenReaderClassSearch = SearchValues.Create(ScreenReaderClasses, StringComparison.OrdinalIgnoreCase);

    /// <summary>Classifies <paramref name="element"/>; <paramref name="insideArticle"/> tells whether an article or main element encloses it.</summary>
    public static DropKind Classify(IElement element, bool insideArticle, out string reason)
    {
        string name = element.LocalName;
        reason = string.Empty;
        if (ElementKinds.IsCode(name))
        {
            reason = $"<{name}> holds no article text";
            return DropKind.Code;
        }

        if (name is "body" or "html" or "article" or "main")
        {
            return DropKind.None;
        }

        // Most elements carry no attributes: only their tag can speak against them.
        var attributes = element.Attributes;
        bool hasAttributes = attributes.Length > 0;
        var values = hasAttributes ? new AttributeValues(attributes) : default;
        if (hasAttributes && IsHidden(values, out reason))
        {
            return DropKind.Hidden;
        }

        if (ElementKinds.IsLayout(name))
        {
            reason = $"<{name}> is page layout";
            return DropKind.Layout;
        }

        if (name == "header" && !insideArticle)
        {
            reason = "<header> outside the article";
            return DropKind.Layout;
        }

        if (!hasAttributes)
        {
            return DropKind.None;
        }

        if (values.Role is { } role && ElementKinds.IsLayoutRole(role))
        {
            reason = $"role \"{role.Trim()}\" is page layout";
            return DropKind.Layout;
        }

        foreach (var attribute in NamingAttributes)
        {
            if (values.Of(attribute) is { Length: > 0 } value && BoilerplateNames.Match(value) is { } word)
            {
                reason = $"{attribute} \"{Shorten(value)}\" says {word}";
                return BoilerplateNames.NamesOtherArticles(word) ? DropKind.OtherArticles : DropKind.Boilerplate;
            }
        }

        return DropKind.None;
    }

    private static bool IsHidden(in AttributeValues values, out string reason)
    {
        reason = string.Empty;
        if (values.Hidden)
        {
            reason = "hidden attribute";
            return true;
        }

        if (string.Equals(values.AriaHidden?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            reason = "aria-hidden=\"true\"";
            return true;
        }

        if (values.Style is { Length: > 0 } style && HidesByStyle(style))
        {
            reason = $"style \"{Shorten(style)}\" hides it";
            return true;
        }

        if (values.Class is { Length: > 0 } classes && classes.AsSpan().ContainsAny(ScreenReaderClassSearch))
        {
            foreach (var name in classes.AsSpan().Split(' '))
            {
                foreach (var hiddenClass in ScreenReaderClasses)
                {
                    if (classes.AsSpan()[name].Trim().Equals(hiddenClass, StringComparison.OrdinalIgnoreCase))
                    {
                        reason = $"class \"{hiddenClass}\" hides it";
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool HidesByStyle(string style)
    {
        // Compare without spaces: "display : none" and "display:none" are the same declaration.
        Span<char> compact = style.Length <= 512 ? stackalloc char[style.Length] : new char[style.Length];
        int length = 0;
        foreach (char c in style)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact[length++] = char.ToLowerInvariant(c);
            }
        }

        var text = compact[..length];
        return text.Contains("display:none", StringComparison.Ordinal) || text.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private static string Shorten(string value) => value.Length <= 60 ? value.Trim() : string.Concat(value.AsSpan(0, 57).Trim(), "...");
}

/// <summary>
/// The values of the attributes the classifier reads, found in one pass over the element's attributes instead of a
/// lookup per name.
/// </summary>
internal readonly struct AttributeValues
{
    public AttributeValues(INamedNodeMap attributes)
    {
        for (int i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i];
            if (attribute is null)
            {
                continue;
            }

            // The first of a name wins, as with GetAttribute (the tokenizer drops repeated names anyway).
            switch (attribute.Name)
            {
                case "class": Class ??= attribute.Value; break;
                case "id": Id ??= attribute.Value; break;
                case "role": Role ??= attribute.Value; break;
                case "aria-label": AriaLabel ??= attribute.Value; break;
                case "itemprop": ItemProp ??= attribute.Value; break;
                case "style": Style ??= attribute.Value; break;
                case "aria-hidden": AriaHidden ??= attribute.Value; break;
                case "hidden": Hidden = true; break;
                default: break;
            }
        }
    }

    public string? Class { get; }

    public string? Id { get; }

    public string? Role { get; }

    public string? AriaLabel { get; }

    public string? ItemProp { get; }

    public string? Style { get; }

    public string? AriaHidden { get; }

    public bool Hidden { get; }

    /// <summary>The value of the naming attribute <paramref name="name"/> (see <see cref="ElementClassifier.NamingAttributes"/>).</summary>
    public string? Of(string name) => name switch
    {
        "class" => Class,
        "id" => Id,
        "role" => Role,
        "aria-label" => AriaLabel,
        "itemprop" => ItemProp,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a naming attribute"),
    };
}
