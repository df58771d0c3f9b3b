namespace NewsClean.Rules;

/// <summary>
/// A step of the pipeline that marks boilerplate for removal. Rules are immutable and shared by every thread that
/// uses a pipeline; per-document state lives in the <see cref="CleaningContext"/> they are given.
/// </summary>
public abstract class CleaningRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">A stable dotted id such as "ads.line", shown in traces and logs.</param>
    /// <param name="description">One sentence saying what the rule removes.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="id"/> is empty or has characters other than letters, digits, '.', '-' and '_'.</exception>
    protected CleaningRule(string id, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(description);
        foreach (char c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '-' or '_'))
            {
                throw new ArgumentException($"Rule id '{id}' may only hold ASCII letters, digits, '.', '-' and '_'.", nameof(id));
            }
        }

        Id = id;
        Description = description;
    }

    /// <summary>True for the library's own rules, which are idempotent together and run in every pass.</summary>
    internal bool IsBuiltIn { get; private set; }

    /// <summary>Marks the library's own rule instances; called once, when <see cref="BuiltIn.BuiltInRules"/> is set up.</summary>
    internal CleaningRule AsBuiltIn()
    {
        IsBuiltIn = true;
        return this;
    }

    /// <summary>
    /// True for rules that find the article within a whole page's text (main region, menu runs). The HTML path skips
    /// them: its DOM step has already chosen the main block from the markup, which knows better.
    /// </summary>
    internal virtual bool ReadsPageLayout => false;

    /// <summary>The rule's stable id.</summary>
    public string Id { get; }

    /// <summary>What the rule removes.</summary>
    public string Description { get; }

    /// <summary>
    /// The largest share of a document's prose (by characters, from 0 to 1) that this rule may remove. When it asks for
    /// more, the pipeline keeps the text and reports a <see cref="GuardedRemoval"/>. The default is 0.5.
    /// </summary>
    public virtual double MaxProseShare => 0.5;

    /// <summary>Marks lines for removal with <see cref="CleaningContext.Remove"/> or <see cref="CleaningContext.RemoveEnd"/>.</summary>
    /// <param name="context">The document being cleaned.</param>
    protected internal abstract void Apply(CleaningContext context);

    /// <inheritdoc />
    public override string ToString() => Id;
}
