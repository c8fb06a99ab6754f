namespace Assessment.Report.Opmaak.Pdf;

/// <summary>
/// The content stream of one page: PDF operators for text, lines, rectangles, ellipses and arcs in device RGB, and
/// the marked-content operators of the tagged PDF. Callers give coordinates in points from the top-left corner (as
/// the layout works); the stream writes them from the bottom-left (as PDF does). The graphics state (colours, line
/// width, cap, dash) is written only when it changes.
/// </summary>
internal sealed class Inhoudsstroom(Bytes uit, float paginahoogte, bool geerfdeStaat = false)
{
    /// <summary>The distance of a cubic Bézier's control points for a quarter circle of radius 1.</summary>
    private const double Kappa = 0.5522847498;

    // The graphics state as written; a form XObject inherits the state of where it is drawn, so there nothing is known.
    private Kleur? _vul;
    private Kleur? _lijn;
    private float? _breedte = geerfdeStaat ? null : 1;
    private bool? _rond = geerfdeStaat ? null : false;
    private float? _streep = geerfdeStaat ? null : 0;

    public Bytes Uit { get; } = uit;

    public void Tekst(Lettertypegebruik font, float grootte, Kleur kleur, float x, float basislijn, string tekst)
    {
        Vul(kleur);
        Uit.Ascii("BT /").Ascii(font.Bron).Byte((byte)' ').Getal(grootte).Ascii(" Tf ").Getal(x).Byte((byte)' ').Getal(paginahoogte - basislijn).Ascii(" Td ");
        font.Codeer(tekst, Uit);
        Uit.Ascii(" Tj ET\n");
    }

    public void Lijn(Pen pen, float x1, float y1, float x2, float y2)
    {
        Streep(pen);
        Punt(x1, y1).Ascii(" m ");
        Punt(x2, y2).Ascii(" l S\n");
    }

    public void Lijnen(Pen pen, ReadOnlySpan<Punt> punten)
    {
        Streep(pen);
        for (var i = 0; i < punten.Length; i++)
        {
            Punt(punten[i].X, punten[i].Y).Ascii(i == 0 ? " m " : " l ");
        }

        Uit.Ascii("S\n");
    }

    public void Rechthoek(Kleur vul, float x, float y, float breedte, float hoogte)
    {
        Vul(vul);
        Rechthoekpad(x, y, breedte, hoogte).Ascii(" re f\n");
    }

    public void Rechthoek(Pen pen, float x, float y, float breedte, float hoogte)
    {
        Streep(pen);
        Rechthoekpad(x, y, breedte, hoogte).Ascii(" re S\n");
    }

    /// <summary>A filled rectangle with rounded corners of the given radius.</summary>
    public void AfgerondeRechthoek(Kleur vul, float x, float y, float breedte, float hoogte, float straal)
    {
        Vul(vul);
        var k = straal * (1 - Kappa);
        var (r, o) = (x + breedte, y + hoogte);
        Punt(x + straal, y).Ascii(" m ");
        Punt(r - straal, y).Ascii(" l ");
        Bocht(r - k, y, r, y + k, r, y + straal);
        Punt(r, o - straal).Ascii(" l ");
        Bocht(r, o - k, r - k, o, r - straal, o);
        Punt(x + straal, o).Ascii(" l ");
        Bocht(x + k, o, x, o - k, x, o - straal);
        Punt(x, y + straal).Ascii(" l ");
        Bocht(x, y + k, x + k, y, x + straal, y);
        Uit.Ascii("h f\n");
    }

    /// <summary>A filled ellipse in the rectangle.</summary>
    public void Ellips(Kleur vul, float x, float y, float breedte, float hoogte)
    {
        Vul(vul);
        var (rx, ry) = (breedte / 2.0, hoogte / 2.0);
        var (cx, cy) = (x + rx, y + ry);
        var (kx, ky) = (rx * Kappa, ry * Kappa);
        Punt(cx + rx, cy).Ascii(" m ");
        Bocht(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        Bocht(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        Bocht(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        Bocht(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        Uit.Ascii("h f\n");
    }

    /// <summary>
    /// An arc of the ellipse in the rectangle, from <paramref name="begin"/> degrees over <paramref name="hoek"/> degrees,
    /// clockwise on the page for a positive angle (0 is to the right), in Bézier pieces of at most 90°.
    /// </summary>
    public void Boog(Pen pen, float x, float y, float breedte, float hoogte, float begin, float hoek)
    {
        Streep(pen);
        var (rx, ry) = (breedte / 2.0, hoogte / 2.0);
        var (cx, cy) = (x + rx, y + ry);
        var stukken = Math.Max(1, (int)Math.Ceiling(Math.Abs(hoek) / 90));
        var stap = hoek / stukken * Math.PI / 180;
        var a1 = begin * Math.PI / 180;
        Punt(cx + (rx * Math.Cos(a1)), cy + (ry * Math.Sin(a1))).Ascii(" m ");
        for (var i = 0; i < stukken; i++)
        {
            var a2 = a1 + stap;
            var k = 4.0 / 3.0 * Math.Tan(stap / 4);
            var (c1, s1, c2, s2) = (Math.Cos(a1), Math.Sin(a1), Math.Cos(a2), Math.Sin(a2));
            Bocht(
                cx + (rx * (c1 - (k * s1))), cy + (ry * (s1 + (k * c1))),
                cx + (rx * (c2 + (k * s2))), cy + (ry * (s2 - (k * c2))),
                cx + (rx * c2), cy + (ry * s2));
            a1 = a2;
        }

        Uit.Ascii("S\n");
    }

    /// <summary>Opens marked content of a structure element: "/P &lt;&lt;/MCID 3&gt;&gt; BDC".</summary>
    public void BeginMarkering(string tag, int mcid) => Uit.Byte((byte)'/').Ascii(tag).Ascii(" <</MCID ").Geheel(mcid).Ascii(">> BDC\n");

    /// <summary>Draws a form XObject with its top-left corner at the point.</summary>
    public void Sjabloon(string naam, float x, float y, float hoogte) =>
        Uit.Ascii("q 1 0 0 1 ").Getal(x).Byte((byte)' ').Getal(paginahoogte - y - hoogte).Ascii(" cm /").Ascii(naam).Ascii(" Do Q\n");

    public void BeginArtefact() => Uit.Ascii("/Artifact BMC\n");

    public void EindMarkering() => Uit.Ascii("EMC\n");

    private Bytes Punt(double x, double y) => Uit.Getal(x).Byte((byte)' ').Getal(paginahoogte - y);

    private Bytes Rechthoekpad(float x, float y, float breedte, float hoogte) =>
        Uit.Getal(x).Byte((byte)' ').Getal(paginahoogte - y - hoogte).Byte((byte)' ').Getal(breedte).Byte((byte)' ').Getal(hoogte);

    private void Bocht(double x1, double y1, double x2, double y2, double x3, double y3)
    {
        Punt(x1, y1).Byte((byte)' ');
        Punt(x2, y2).Byte((byte)' ');
        Punt(x3, y3).Ascii(" c ");
    }

    private void Vul(Kleur kleur)
    {
        if (_vul != kleur)
        {
            _vul = kleur;
            Kleurwaarden(kleur).Ascii(" rg\n");
        }
    }

    private void Streep(Pen pen)
    {
        if (_lijn != pen.Kleur)
        {
            _lijn = pen.Kleur;
            Kleurwaarden(pen.Kleur).Ascii(" RG\n");
        }

        if (_breedte != pen.Breedte)
        {
            _breedte = pen.Breedte;
            Uit.Getal(pen.Breedte).Ascii(" w\n");
        }

        if (_rond != pen.Rond)
        {
            _rond = pen.Rond;
            Uit.Ascii(pen.Rond ? "1 J\n" : "0 J\n");
        }

        var streep = pen.Gestreept ? pen.Breedte : 0;
        if (_streep != streep)
        {
            _streep = streep;
            if (pen.Gestreept)
            {
                Uit.Byte((byte)'[').Getal(3 * pen.Breedte).Byte((byte)' ').Getal(pen.Breedte).Ascii("] 0 d\n");
            }
            else
            {
                Uit.Ascii("[] 0 d\n");
            }
        }
    }

    private Bytes Kleurwaarden(Kleur k) =>
        Uit.Getal(k.R / 255.0).Byte((byte)' ').Getal(k.G / 255.0).Byte((byte)' ').Getal(k.B / 255.0);
}
