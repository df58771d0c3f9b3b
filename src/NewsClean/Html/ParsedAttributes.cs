using AngleSharp.Html.Parser.Tokens.Struct;

namespace NewsClean.Html;

/// <summary>
/// The attributes the parser keeps: those the extractor reads and those the HTML tree builder itself reads. Building
/// every other attribute (href, src, data-*, ...) into the DOM was a fifth of the parse, for nothing.
/// </summary>
internal static class ParsedAttributes
{
    /// <summary>Whether the tokenizer passes the attribute <paramref name="name"/> (lower-cased) on to the DOM.</summary>
    /// <remarks>The signature is AngleSharp's <c>ShouldEmitAttribute</c>; the token is not needed.</remarks>
    public static bool Keep(ref StructHtmlToken token, ReadOnlyMemory<char> name) => IsKept(name.Span);

    /// <summary>Whether <paramref name="name"/> is one of the kept attributes.</summary>
    public static bool IsKept(ReadOnlySpan<char> name) => name switch
    {
        // Read by the extractor: ElementClassifier, MainBlockFinder.
        "class" or "id" or "role" or "aria-label" or "itemprop" or "hidden" or "aria-hidden" or "style" => true,

        // Read by the tree builder, so they shape the tree: <input type=hidden> (tables, framesets), <isindex action
        // prompt>, <font color face size> (leaves svg and math), <annotation-xml encoding> and <template shadowrootmode>.
        "type" or "action" or "prompt" or "color" or "face" or "size" or "encoding" or "shadowrootmode" => true,
        _ => false,
    };
}
