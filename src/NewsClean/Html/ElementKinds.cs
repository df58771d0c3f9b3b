namespace NewsClean.Html;

/// <summary>Which HTML elements hold no text, frame the page, or start a new line.</summary>
internal static class ElementKinds
{
    private static readonly HashSet<string> CodeElements = new(
        [
            "script", "style", "noscript", "template", "iframe", "frame", "frameset", "svg", "math", "canvas", "object", "embed",
            "video", "audio", "map", "button", "select", "input", "textarea", "option", "link", "meta", "head", "title", "base",
            "applet", "noembed", "noframes",
        ],
        StringComparer.Ordinal);

    private static readonly HashSet<string> LayoutElements = new(["nav", "aside", "form", "footer", "menu", "dialog"], StringComparer.Ordinal);

    private static readonly HashSet<string> LayoutRoles = new(
        ["navigation", "complementary", "banner", "contentinfo", "search", "menu", "menubar", "dialog", "alertdialog", "toolbar", "tablist"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> BlockElements = new(
        [
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul",
            "legend", "menu", "hgroup",
        ],
        StringComparer.Ordinal);

    /// <summary>True for elements whose content is code or a control, never article text.</summary>
    public static bool IsCode(string localName) => CodeElements.Contains(localName);

    /// <summary>True for elements that frame the page rather than hold the article.</summary>
    public static bool IsLayout(string localName) => LayoutElements.Contains(localName);

    /// <summary>True for ARIA landmark roles of page furniture.</summary>
    public static bool IsLayoutRole(string role) => LayoutRoles.Contains(role.Trim());

    /// <summary>True for elements that start and end a line of text.</summary>
    public static bool IsBlock(string localName) => BlockElements.Contains(localName);

    /// <summary>True for h1 to h6.</summary>
    public static bool IsHeading(string localName) => localName.Length == 2 && localName[0] == 'h' && localName[1] is >= '1' and <= '6';
}
