namespace NewsClean.Rules.Custom;

/// <summary>How a user phrase must match a line.</summary>
public enum PhraseMatchMode
{
    /// <summary>The whole line, less decoration such as ':' or '»', equals the phrase (case-insensitive).</summary>
    ExactLine,

    /// <summary>The line starts with the phrase, ending at a word boundary.</summary>
    Prefix,

    /// <summary>The phrase appears anywhere in the line, starting at a word boundary.</summary>
    Contains,

    /// <summary>
    /// The line ends with the phrase, starting at a word boundary; spaces, '!', ':' and arrows may follow it, a full
    /// stop may not.
    /// </summary>
    Suffix,
}
