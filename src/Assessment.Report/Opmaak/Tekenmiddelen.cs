namespace Assessment.Report.Opmaak;

/// <summary>An RGB colour (device RGB, 0–255 per channel).</summary>
public readonly record struct Kleur(byte R, byte G, byte B);

/// <summary>A rectangle on the page, in points from the top-left corner.</summary>
public readonly record struct Vak(float X, float Y, float Breedte, float Hoogte)
{
    public float Links => X;

    public float Boven => Y;

    public float Rechts => X + Breedte;

    public float Onder => Y + Hoogte;
}

/// <summary>A pen for lines: colour, width, round caps (else flat), dashed (an empty bar, the dots of a table of contents).</summary>
public readonly record struct Pen(Kleur Kleur, float Breedte, bool Rond = false, bool Gestreept = false);
