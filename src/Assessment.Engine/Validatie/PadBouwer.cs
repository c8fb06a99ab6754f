using System.Globalization;

namespace Assessment.Engine.Validatie;

/// <summary>Builds the JSON path (<c>$.gemeenten[1].urgentie</c>) and JSON Pointer (<c>#/gemeenten/1/urgentie</c>) of a field.</summary>
internal readonly record struct PadBouwer(string Pad = "$", string Pointer = "#")
{
    public PadBouwer() : this("$", "#")
    {
    }

    public PadBouwer Met(string naam) => new(Pad + "." + naam, Pointer + "/" + naam.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));

    public PadBouwer Index(int i) => new(Pad + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", Pointer + "/" + i.ToString(CultureInfo.InvariantCulture));

    public Fout Fout(string code, string melding) => new("body", Pointer, Pad, code, melding);
}
