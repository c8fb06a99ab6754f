using Assessment.Report.Opmaak;

namespace Assessment.Report.Tests;

public class PagineringTests
{
    private static Strook Regel(float hoogte = 10) => new(hoogte, (_, _, _) => { });

    [Fact]
    public void Een_groep_gaat_met_de_ruimte_tussen_zijn_blokken_als_geheel_naar_de_volgende_pagina()
    {
        // A heading, a table and a paragraph kept together: each block ends with space, which carries no group.
        var groep = new BijElkaar(
        [
            new Proef([Regel(), Regel(), Strook.Ruimte(5)]),
            new Proef([Regel(), Regel(), Regel(), Strook.Ruimte(5)]),
            new Proef([Regel(), Regel()]),
        ]);
        var stroken = Enumerable.Range(0, 7).Select(_ => Regel()).Concat(groep.Stroken(100)).ToList();

        var paginas = Paginering.Verdeel(stroken, paginahoogte: 120);

        Assert.Equal(2, paginas.Count);
        Assert.Equal(7, paginas[0].Count);
        Assert.Equal(7, paginas[1].Count(p => !p.Strook.IsRuimte));
    }

    [Fact]
    public void Een_groep_die_niet_op_een_pagina_past_loopt_gewoon_door()
    {
        var groep = new BijElkaar([new Proef([.. Enumerable.Range(0, 15).Select(_ => Regel())])]);
        var stroken = Enumerable.Range(0, 7).Select(_ => Regel()).Concat(groep.Stroken(100)).ToList();

        var paginas = Paginering.Verdeel(stroken, paginahoogte: 120);

        Assert.Equal(12, paginas[0].Count);
    }

    private sealed record Proef(IReadOnlyList<Strook> Inhoud) : IBlok
    {
        public IEnumerable<Strook> Stroken(float breedte) => Inhoud;
    }
}
