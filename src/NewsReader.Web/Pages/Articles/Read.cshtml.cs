using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Parsing;
using NewsReader.Web.Data;
using NewsReader.Web.Reading;

namespace NewsReader.Web.Pages.Articles;

/// <summary>The reader view: the stored text, parsed afresh, with every quote highlighted and attributed.</summary>
public sealed class ReadModel(NewsReaderDb db) : PageModel
{
    public StoredArticle Stored { get; private set; } = null!;
    public ArticleView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (slug.Length > 200) return NotFound();
        var stored = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (stored is null) return NotFound();
        Stored = stored;
        View = ArticleView.Build(ArticleParser.Parse(stored.Text));
        return Page();
    }
}
