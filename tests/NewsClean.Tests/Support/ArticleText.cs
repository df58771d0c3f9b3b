namespace NewsClean.Tests.Support;

/// <summary>Realistic article lines that every rule must keep, placed around the boilerplate in rule tests.</summary>
internal static class ArticleText
{
    public const string EnglishHeadline = "Flood Barrier Holds as River Thames Reaches Record Height";

    public const string EnglishSubheading = "A Long Night for Volunteers";

    public const string EnglishProse1 =
        "Engineers closed the barrier twice on Tuesday night as the tide rose higher than at any point since records began, the Environment Agency said.";

    public const string EnglishProse2 =
        "Hundreds of volunteers filled sandbags in Greenwich and Woolwich while police closed the riverside path to walkers and cyclists until the morning.";

    public const string EnglishProse3 =
        "Forecasters expect another high tide on Thursday, although the wind is due to ease and the surge should be smaller than this week's.";

    /// <summary>A quote that ends without a full stop, as scraped quotes often do.</summary>
    public const string EnglishQuoteNoPeriod = "\"We were ready for this, and the barrier did exactly what it was built to do,\" said chief engineer Sarah Collins";

    /// <summary>A one-line paragraph.</summary>
    public const string EnglishOneLiner = "The barrier reopened at dawn.";

    public const string IndonesianHeadline = "Banjir Rendam Ratusan Rumah di Bekasi, Warga Mengungsi ke Masjid";

    /// <summary>A subheading that carries a year, which no date or credit rule may take for a dateline.</summary>
    public const string IndonesianSubheadingWithYear = "Pemilu 2024";

    public const string IndonesianSubheading = "Fase Baru Perang Rusia-Ukraina";

    public const string IndonesianProse1 =
        "Hujan deras yang mengguyur sejak Senin malam membuat Kali Bekasi meluap dan merendam ratusan rumah di enam kecamatan, kata Badan Penanggulangan Bencana Daerah.";

    public const string IndonesianProse2 =
        "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak menggunakan perahu karet, sementara dapur umum didirikan di halaman masjid terdekat.";

    /// <summary>A quote without a final full stop.</summary>
    public const string IndonesianQuoteNoPeriod = "\"Air naik cepat sekali, dalam satu jam sudah sepinggang,\" kata Siti, warga Perumahan Pondok Gede Permai";

    /// <summary>English article lines in reading order.</summary>
    public static readonly string[] English =
        [EnglishHeadline, EnglishProse1, EnglishSubheading, EnglishProse2, EnglishQuoteNoPeriod, EnglishOneLiner, EnglishProse3];

    /// <summary>Indonesian article lines in reading order.</summary>
    public static readonly string[] Indonesian =
        [IndonesianHeadline, IndonesianProse1, IndonesianSubheadingWithYear, IndonesianProse2, IndonesianQuoteNoPeriod, IndonesianSubheading];
}
