namespace NewsClean.Text;

/// <summary>Facts about one line, computed once when the document is read so that rules never re-scan text.</summary>
/// <param name="Words">Number of words: runs of letters or digits; each CJK, kana or Thai character counts as one.</param>
/// <param name="Letters">Number of letters.</param>
/// <param name="Uppercase">Number of uppercase letters.</param>
/// <param name="Digits">Number of decimal digits.</param>
/// <param name="EndsSentence">The line ends with sentence punctuation, optionally followed by closing quotes or brackets.</param>
/// <param name="StartsLowercase">The first letter of the line is lowercase (a fragment of a sentence broken by a scraper).</param>
/// <param name="StartsWithPunctuation">The line begins with a comma, semicolon, closing bracket or similar continuation mark.</param>
public readonly record struct LineFeatures(
    int Words,
    int Letters,
    int Uppercase,
    int Digits,
    bool EndsSentence,
    bool StartsLowercase,
    bool StartsWithPunctuation)
{
    /// <summary>True when at least four letters are present and none of them is lowercase, as in "BERITA LAINNYA".</summary>
    public bool IsAllCaps => Letters >= 4 && Uppercase == Letters;
}
