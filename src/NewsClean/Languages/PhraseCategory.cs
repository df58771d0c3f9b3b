namespace NewsClean.Languages;

/// <summary>The kinds of boilerplate phrase a language pack lists. Each built-in phrase rule reads one category.</summary>
public enum PhraseCategory
{
    /// <summary>Inline "read also" links: "Baca juga:", "Read more:", "Simak juga".</summary>
    Related,

    /// <summary>Headings that open a block of related headlines: "TERKAIT", "BERITA LAINNYA", "More stories".</summary>
    RelatedHeading,

    /// <summary>Social prompts: "Follow us on", "Ikuti media sosial", "… di Google News".</summary>
    Social,

    /// <summary>Names that make up share bars ("Facebook", "WhatsApp", "Copy link").</summary>
    ShareTarget,

    /// <summary>Advertising and promotion markers: "ADVERTISEMENT", "Scroll to continue with content".</summary>
    Ad,

    /// <summary>Newsletter sign-up prompts.</summary>
    Newsletter,

    /// <summary>Cookie and consent banners.</summary>
    Cookie,

    /// <summary>Paywall and "log in to continue" prompts.</summary>
    Paywall,

    /// <summary>Photo credits and agency names that end a caption: "Photo:", "Foto:", "Getty Images", "EPA".</summary>
    CaptionCredit,

    /// <summary>Staff credit labels: "Editor:", "Reporter:", "Penulis:".</summary>
    StaffCredit,

    /// <summary>Copyright and footer lines: "All rights reserved", "Hak cipta dilindungi".</summary>
    Footer,

    /// <summary>Month names and abbreviations, used to recognise datelines.</summary>
    Month,

    /// <summary>Navigation labels that stand alone on a line: "Skip to main content", "Next post", "Back to top".</summary>
    Navigation,

    /// <summary>Headings that open a reader-comment section: "Comments", "Leave a Reply", "34 responses to …".</summary>
    CommentsHeading,

    /// <summary>Labels of a post's tag and filing lines: "Tags: …", "Filed under: …", "Schlagwörter: …", "タグ: …".</summary>
    Tags,

    /// <summary>
    /// Labels of an author box under the article. Exact: the label alone over a name line ("About the author", "Sobre o
    /// autor"); prefix: the label before the author's name ("About", "Sobre", "Über").
    /// </summary>
    AuthorBox,

    /// <summary>Relative time stamps with <c>#</c> for the number: "# hours ago", "#m ago", "# jam yang lalu", "vor # Stunden", "#時間前".</summary>
    RelativeTime,

    /// <summary>
    /// Labels that open an image's caption or credit line, hidden on screen but kept in innerText: "Image caption",
    /// "Pie de foto", "Keterangan gambar", "Image source". A line that starts with one is a caption, whatever follows.
    /// </summary>
    CaptionLabel,
}
