using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MedPatch.Core.Inventory;

namespace MedPatch.Features.Devices.Export;

/// <summary>
/// Streams one worksheet with OpenXmlWriter. Every cell is an inline string: numbers such as asset tags with
/// leading zeros must not turn into numbers, and a string cell is never evaluated.
/// </summary>
public sealed class XlsxRowWriter : IDeviceRowWriter
{
    private readonly SpreadsheetDocument document;
    private readonly OpenXmlWriter writer;
    private uint row;

    public XlsxRowWriter(string path)
    {
        document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Devices" }));
        writer = OpenXmlWriter.Create(sheet);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
    }

    public void WriteRow(IReadOnlyList<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        row++;
        writer.WriteStartElement(new Row { RowIndex = row });
        for (var i = 0; i < cells.Count; i++)
        {
            if (string.IsNullOrEmpty(cells[i]))
            {
                continue;
            }

            writer.WriteElement(new Cell
            {
                CellReference = HeaderMap.ColumnLetter(i) + row.ToString(System.Globalization.CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(cells[i]!) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        writer.WriteEndElement();
    }

    public void Dispose()
    {
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.Close();
        document.Dispose();
    }
}
