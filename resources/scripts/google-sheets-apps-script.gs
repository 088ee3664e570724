/**
 * Tidings for Google Sheets: sends an order row to Tidings whenever someone edits it.
 *
 * Setup (once):
 *   1. Extensions → Apps Script, replace everything in the editor with this file, click Save.
 *   2. Change ORDER_SHEET below if your tab is not called "Orders".
 *   3. Choose the function installTidingsTrigger in the toolbar and click Run. Google asks you to allow
 *      the script to connect to an external service: allow it. Running it again replaces the trigger.
 *
 * A simple onEdit() may not call UrlFetchApp, so this uses an installable edit trigger; it runs as the person
 * who installed it. Edit triggers fire for edits a person makes in the sheet, not for rows written by other
 * scripts, imports or the Sheets API.
 *
 * What is sent (header X-Tidings-Token), one object per edited row, or a list of them for a multi-row paste:
 *   {"event_id": "...", "event": "row.edited", "spreadsheet_id": "...", "sheet": "Orders",
 *    "row_number": 5, "edited_at": "2024-05-13T14:15:42.000Z",
 *    "row": {"Order ID": "1042", "Status": "Shipped", ...every column by its name in row 1...}}
 * event_id is a digest of the row's contents: the same row sent twice is recorded once.
 */

const TIDINGS_URL = '{{url}}';
const TIDINGS_TOKEN = '{{secret}}';
const ORDER_SHEET = 'Orders'; // the tab with one order per row
const HEADER_ROW = 1; // the row holding the column names

function installTidingsTrigger() {
  const spreadsheet = SpreadsheetApp.getActive();
  ScriptApp.getProjectTriggers()
    .filter(function (trigger) { return trigger.getHandlerFunction() === 'tidingsOnEdit'; })
    .forEach(function (trigger) { ScriptApp.deleteTrigger(trigger); });
  ScriptApp.newTrigger('tidingsOnEdit').forSpreadsheet(spreadsheet).onEdit().create();
}

function tidingsOnEdit(e) {
  const range = e.range;
  const sheet = range.getSheet();
  if (sheet.getName() !== ORDER_SHEET) {
    return;
  }
  const firstRow = Math.max(range.getRow(), HEADER_ROW + 1);
  const lastRow = range.getLastRow();
  const width = sheet.getLastColumn();
  if (lastRow < firstRow || width < 1) {
    return;
  }
  const headers = sheet.getRange(HEADER_ROW, 1, 1, width).getDisplayValues()[0];
  const rows = sheet.getRange(firstRow, 1, lastRow - firstRow + 1, width).getDisplayValues();
  const spreadsheetId = e.source.getId();
  const editedAt = new Date().toISOString();

  const events = [];
  rows.forEach(function (values, offset) {
    if (!values.some(function (value) { return value !== ''; })) {
      return; // an empty row
    }
    const row = {};
    headers.forEach(function (name, column) {
      const key = String(name).trim();
      if (key !== '') {
        row[key] = values[column];
      }
    });
    const rowNumber = firstRow + offset;
    events.push({
      event_id: tidingsEventId(spreadsheetId, sheet.getName(), rowNumber, row),
      event: 'row.edited',
      spreadsheet_id: spreadsheetId,
      sheet: sheet.getName(),
      row_number: rowNumber,
      edited_at: editedAt,
      row: row,
    });
  });
  if (events.length === 0) {
    return;
  }

  const response = UrlFetchApp.fetch(TIDINGS_URL, {
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify(events.length === 1 ? events[0] : events),
    headers: { 'X-Tidings-Token': TIDINGS_TOKEN },
    muteHttpExceptions: true,
  });
  const status = response.getResponseCode();
  if (status < 200 || status >= 300) {
    // Shown under Executions in the Apps Script editor.
    console.warn('Tidings answered ' + status + ': ' + response.getContentText().slice(0, 500));
  }
}

function tidingsEventId(spreadsheetId, sheetName, rowNumber, row) {
  const text = [spreadsheetId, sheetName, rowNumber, JSON.stringify(row)].join('|');
  const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8);
  const hex = digest.map(function (byte) { return ('0' + (byte & 0xff).toString(16)).slice(-2); }).join('');
  return 'sheet:' + rowNumber + ':' + hex.slice(0, 32);
}
