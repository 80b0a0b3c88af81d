namespace NewsReader.Web.Tests.Security;

/// <summary>
/// Hostile text placed in every field of an imported article (text, Markdown and HTML files), in file names and in
/// search queries. Shared with the browser tests (linked into NewsReader.Browser.Tests).
/// </summary>
public static class XssPayloads
{
    public static readonly IReadOnlyList<string> All =
    [
        "<script>alert('xss-script')</script>",
        "<img src=x onerror=alert('xss-img')>",
        "\"><svg onload=alert('xss-svg')>",
        "<svg><script>alert('xss-svg-script')</script></svg>",
        "<iframe src=\"javascript:alert('xss-iframe')\"></iframe>",
        "<a href=\"javascript:alert('xss-link')\">klik</a>",
        "javascript:alert('xss-bare')",
        "' onmouseover='alert(1)' x='",
        "<div style=\"background:url(javascript:alert('xss-css'))\">css</div>",
        "<style>body{background:url(https://evil.example/css.png)}</style>",
        "<img src=\"https://evil.example/pixel.png\">",
        "&lt;script&gt;alert('xss-entity')&lt;/script&gt; &#x3C;script&#x3E; &#60script&#62 &amp;lt; &#xZZ; &",
        "<scr<script>ipt>alert('xss-split')</scr</script>ipt>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss-mxss')>",
        "\u202Etxt.exe\u202C \u2066isolate\u2069 \u200Fkanan\u200E",
        "{{constructor.constructor('alert(1)')()}}",
        "<base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<form action=\"https://evil.example\"><button formaction=\"javascript:alert(1)\">x</button></form>",
    ];

    /// <summary>A text article with <paramref name="p"/> in every field the parser reads.</summary>
    public static string Text(string p, int i) => $"""
        Ekonomi {p}

        Judul Berita {i} {p}

        Penulis {p}, CNBC Indonesia
        Selasa, 12/08/2025 10:00 WIB

        Foto: Keterangan {p} (Reuters/{p})

        Jakarta, CNBC Indonesia - Paragraf pertama {p} tentang sesuatu.

        "Kutipan {p} yang panjang," kata Menteri {p} Budi.

        ## Subjudul {p}

        Paragraf terakhir {p}.

        Baca juga: Berita lain {p}

        (tps/{p})
        """;

    public static string Markdown(string p, int i) => $"""
        ---
        title: "Judul Markdown {i} {p}"
        author: "{p}"
        source: "javascript:alert('xss-source-{i}')"
        url: "javascript:alert('xss-url-{i}')"
        section: "{p}"
        published: 2025-08-12T10:00:00+07:00
        description: "{p}"
        ---

        # Judul Markdown {i} {p}

        Paragraf {p} dengan [tautan](javascript:alert('xss-md')) dan ![gambar](https://evil.example/md.png).

        <script>alert('xss-md-raw')</script>

        "Kutipan {p}," kata {p}.
        """;

    public static string Html(string p, int i) => $"""
        <!DOCTYPE html>
        <html><head><title>Judul HTML {i} {System.Net.WebUtility.HtmlEncode(p)}</title>
        <meta name="author" content="{System.Net.WebUtility.HtmlEncode(p)}">
        <meta property="og:url" content="javascript:alert('xss-og')">
        <link rel="canonical" href="javascript:alert('xss-canonical')">
        <script>alert('xss-head')</script></head>
        <body><article><h1>Judul HTML {i} {p}</h1>
        <p>Paragraf {p} pertama.</p>
        <p onclick="alert('xss-onclick')">"Kutipan {p}," kata {p}.</p>
        <figure><img src="https://evil.example/html.png" onerror="alert(1)"><figcaption>{p}</figcaption></figure>
        <iframe src="https://evil.example/"></iframe>
        </article></body></html>
        """;
}
