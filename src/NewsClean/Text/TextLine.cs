using NewsClean.Languages;

namespace NewsClean.Text;

/// <summary>One non-blank, normalised line: where its text sits in the document buffer and what it looks like.</summary>
internal struct TextLine
{
    /// <summary>Offset of the line's text in the normalised buffer.</summary>
    public int Start;

    /// <summary>Length of the line's text in the normalised buffer.</summary>
    public int Length;

    /// <summary>Zero-based line number in the caller's input, for the trace.</summary>
    public int SourceLine;

    /// <summary>
    /// Where the line sits in <see cref="TextDocument.Source"/> when it is a whole source line that normalising left as
    /// it was (up to spaces turned into ' '), else -1: such a line has the same language evidence as its source.
    /// </summary>
    public int VerbatimStart;

    /// <summary>A blank line (or the start of the document) comes before this line.</summary>
    public bool BlankBefore;

    /// <summary>How many characters the line's <see cref="LineFingerprint"/> hashes: its letters and digits.</summary>
    public int LettersAndDigits;

    /// <summary>What the feature scan noted about the line's characters for language detection.</summary>
    public LineTraits Traits;

    /// <summary>The line's <see cref="LineFingerprint"/> once computed, else 0.</summary>
    public ulong Fingerprint;

    /// <summary>The phrase categories the line matches in <see cref="TextDocument.PhraseBook"/>, once looked up.</summary>
    public LinePhrases Phrases;

    /// <summary>Features computed once from the normalised text.</summary>
    public LineFeatures Features;
}
