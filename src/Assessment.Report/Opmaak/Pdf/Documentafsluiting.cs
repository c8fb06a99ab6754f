namespace Assessment.Report.Opmaak.Pdf;

/// <summary>
/// What is written after the last page: the structure elements, the parent tree (each page's MCIDs and each link
/// annotation to their element), the structure tree root, the outline (bookmarks in two levels), the page tree, the
/// fonts, the XMP metadata, the document information and the catalog (language, DisplayDocTitle, MarkInfo), and the
/// file's trailer with its identifier.
/// </summary>
internal static class Documentafsluiting
{
    public static byte[] Schrijf(Documentopbouw document, Documentgegevens gegevens, IReadOnlyList<(Bladwijzer Bladwijzer, int Pagina, float Y)> bladwijzers)
    {
        var bestand = document.Bestand;
        var structuurwortel = bestand.Nieuw();
        var ouderboom = bestand.Nieuw();
        foreach (var element in document.Elementen)
        {
            element.Schrijf(bestand, element.Ouder?.Nummer ?? structuurwortel, document.Paginas);
        }

        var o = bestand.Begin(ouderboom).Ascii("<</Nums[");
        for (var p = 0; p < document.Markeringen.Count; p++)
        {
            o.Geheel(p).Byte((byte)'[');
            var markeringen = document.Markeringen[p];
            for (var m = 0; m < markeringen.Count; m++)
            {
                (m > 0 ? o.Byte((byte)' ') : o).Verwijzing(markeringen[m].Nummer);
            }

            o.Ascii("] ");
        }

        for (var k = 0; k < document.Koppelingen.Count; k++)
        {
            o.Geheel(document.Paginas.Count + k).Byte((byte)' ').Verwijzing(document.Koppelingen[k].Nummer).Byte((byte)' ');
        }

        o.Ascii("]>>");
        bestand.Eind();
        bestand.Begin(structuurwortel).Ascii("<</Type/StructTreeRoot/K ").Verwijzing(document.Wortel.Nummer).Ascii("/ParentTree ").Verwijzing(ouderboom)
            .Ascii("/ParentTreeNextKey ").Geheel(document.Paginas.Count + document.Koppelingen.Count).Ascii(">>");
        bestand.Eind();

        var overzicht = Overzicht(document, bladwijzers);

        o = bestand.Begin(document.Paginaboom).Ascii("<</Type/Pages/Count ").Geheel(document.Paginas.Count).Ascii("/Kids[");
        for (var p = 0; p < document.Paginas.Count; p++)
        {
            (p > 0 ? o.Byte((byte)' ') : o).Verwijzing(document.Paginas[p]);
        }

        o.Ascii("]>>");
        bestand.Eind();

        var gebruikt = 0;
        foreach (var font in new[] { document.Normaal, document.Vet })
        {
            if (font.Nummer != 0)
            {
                font.Schrijf(bestand, "AFWAA" + (char)('A' + gebruikt++));
            }
        }

        var metadata = bestand.Nieuw();
        bestand.OngecomprimeerdeStroom(metadata, "/Type/Metadata/Subtype/XML", Metadata.Xmp(gegevens));

        var datum = Metadata.Datum(gegevens);
        var info = bestand.Nieuw();
        bestand.Begin(info).Ascii("<</Title ").Tekst(gegevens.Titel).Ascii("/Author ").Tekst(gegevens.Auteur).Ascii("/Subject ").Tekst(gegevens.Onderwerp)
            .Ascii("/Keywords ").Tekst(gegevens.Trefwoorden).Ascii("/Creator ").Tekst(Metadata.Maker).Ascii("/Producer ").Tekst(Metadata.Maker)
            .Ascii("/CreationDate ").Tekst(datum).Ascii("/ModDate ").Tekst(datum).Ascii(">>");
        bestand.Eind();

        var catalogus = bestand.Nieuw();
        using var c = new Bytes(512);
        c.Ascii("<</Type/Catalog/Pages ").Verwijzing(document.Paginaboom).Ascii("/Lang").Tekst(gegevens.Taal)
            .Ascii("/ViewerPreferences<</DisplayDocTitle true>>/MarkInfo<</Marked true>>/StructTreeRoot ").Verwijzing(structuurwortel)
            .Ascii("/Metadata ").Verwijzing(metadata);
        if (overzicht != 0)
        {
            c.Ascii("/Outlines ").Verwijzing(overzicht).Ascii("/PageMode/UseOutlines");
        }

        c.Ascii(">>");
        bestand.Los(catalogus, c.Inhoud);

        var id = Metadata.DocumentId(gegevens);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        return bestand.Sluit(string.Create(inv, $"/Root {catalogus} 0 R/Info {info} 0 R/ID[<{id}><{id}>]"));
    }

    /// <summary>The outline: chapters (level 1) with their sections (level 2) under them, closed; 0 when there are no bookmarks.</summary>
    private static int Overzicht(Documentopbouw document, IReadOnlyList<(Bladwijzer Bladwijzer, int Pagina, float Y)> bladwijzers)
    {
        if (bladwijzers.Count == 0)
        {
            return 0;
        }

        var bestand = document.Bestand;
        var hoofdstukken = new List<(int Nummer, int Index, List<(int Nummer, int Index)> Kinderen)>();
        for (var i = 0; i < bladwijzers.Count; i++)
        {
            if (bladwijzers[i].Bladwijzer.Niveau <= 1 || hoofdstukken.Count == 0)
            {
                hoofdstukken.Add((bestand.Nieuw(), i, []));
            }
            else
            {
                hoofdstukken[^1].Kinderen.Add((bestand.Nieuw(), i));
            }
        }

        var wortel = bestand.Nieuw();
        bestand.Begin(wortel).Ascii("<</Type/Outlines/First ").Verwijzing(hoofdstukken[0].Nummer).Ascii("/Last ").Verwijzing(hoofdstukken[^1].Nummer)
            .Ascii("/Count ").Geheel(hoofdstukken.Count).Ascii(">>");
        bestand.Eind();
        for (var h = 0; h < hoofdstukken.Count; h++)
        {
            var (nummer, index, kinderen) = hoofdstukken[h];
            Item(nummer, index, wortel, h > 0 ? hoofdstukken[h - 1].Nummer : 0, h + 1 < hoofdstukken.Count ? hoofdstukken[h + 1].Nummer : 0, kinderen);
            for (var k = 0; k < kinderen.Count; k++)
            {
                Item(kinderen[k].Nummer, kinderen[k].Index, nummer, k > 0 ? kinderen[k - 1].Nummer : 0, k + 1 < kinderen.Count ? kinderen[k + 1].Nummer : 0, []);
            }
        }

        return wortel;

        void Item(int nummer, int index, int ouder, int vorige, int volgende, List<(int Nummer, int Index)> kinderen)
        {
            var (bladwijzer, pagina, y) = bladwijzers[index];
            var o = bestand.Begin(nummer).Ascii("<</Title ").Tekst(bladwijzer.Titel).Ascii("/Parent ").Verwijzing(ouder);
            if (vorige != 0)
            {
                o.Ascii("/Prev ").Verwijzing(vorige);
            }

            if (volgende != 0)
            {
                o.Ascii("/Next ").Verwijzing(volgende);
            }

            if (kinderen.Count > 0)
            {
                o.Ascii("/First ").Verwijzing(kinderen[0].Nummer).Ascii("/Last ").Verwijzing(kinderen[^1].Nummer).Ascii("/Count -").Geheel(kinderen.Count);
            }

            o.Ascii("/Dest[").Verwijzing(document.Paginas[pagina - 1]).Ascii("/XYZ 0 ").Getal(PdfSchrijver.PaginaHoogte - y + 6).Ascii(" null]>>");
            bestand.Eind();
        }
    }
}
