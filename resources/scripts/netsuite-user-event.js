/**
 * @NApiVersion 2.1
 * @NScriptType UserEventScript
 * @NModuleScope SameAccount
 *
 * Tidings for NetSuite: after a sales order or an item fulfillment is saved, posts it to Tidings.
 *
 * Deploy on Sales Order and on Item Fulfillment (status Released). The script runs after the record is
 * committed: a failed post does not undo the save and NetSuite does not try again; the error is written to
 * the deployment's Execution Log. Each post uses 10 governance units (20 for an inline edit, which loads
 * the record because an inline edit carries only the changed fields).
 *
 * Item fulfillments are sent once they are shipped (ship status C): picking and packing tell a customer
 * nothing. Change SHIPPED_ONLY to false to send every save.
 *
 * Body (header X-Tidings-Token):
 *   {"event_id": "<record type>:<internal id>:<last modified, epoch ms>", "record_type": "salesorder",
 *    "event_type": "create", "occurred_at": "2024-05-13T14:15:42.000Z",
 *    "order": {"id", "number", "web_order_number", "status" (letter A–H), "status_text", "customer", "email",
 *              "phone", "total", "currency", "items": [{"sku", "name", "quantity", "price"}]},
 *    "fulfillment": {"id", "number", "status" (letter A–C), "carrier", "tracking_number"}}
 * Field ids differ between accounts and forms (custom forms, carrier integrations): check them in the
 * Records Browser and adjust the functions below.
 */
define(['N/https', 'N/record', 'N/log'], (https, record, log) => {
  const TIDINGS_URL = '{{url}}';
  const TIDINGS_TOKEN = '{{secret}}';
  const SHIPPED_ONLY = true;
  const SENT_ON = ['create', 'edit', 'xedit', 'approve', 'cancel', 'pack', 'ship'];

  const value = (rec, fieldId) => {
    try {
      const v = rec.getValue({ fieldId });
      return v === null || v === undefined ? '' : String(v);
    } catch (e) {
      return '';
    }
  };

  const text = (rec, fieldId) => {
    try {
      return rec.getText({ fieldId }) || '';
    } catch (e) {
      return '';
    }
  };

  const lineValue = (rec, sublistId, fieldId, line) => {
    try {
      const v = rec.getSublistValue({ sublistId, fieldId, line });
      return v === null || v === undefined ? '' : String(v);
    } catch (e) {
      return '';
    }
  };

  const lineText = (rec, sublistId, fieldId, line) => {
    try {
      return rec.getSublistText({ sublistId, fieldId, line }) || '';
    } catch (e) {
      return '';
    }
  };

  const modifiedAt = (rec) => {
    const modified = rec.getValue({ fieldId: 'lastmodifieddate' });
    return modified instanceof Date ? modified : new Date();
  };

  const items = (rec) => {
    const result = [];
    const count = rec.getLineCount({ sublistId: 'item' });
    for (let line = 0; line < count; line++) {
      result.push({
        sku: lineText(rec, 'item', 'item', line),
        name: lineValue(rec, 'item', 'description', line),
        quantity: Number(lineValue(rec, 'item', 'quantity', line)) || 0,
        price: lineValue(rec, 'item', 'rate', line),
      });
    }
    return result;
  };

  // The first package tracking number; carrier integrations keep theirs in their own sublists.
  const trackingNumber = (rec) => {
    const sublists = [
      ['package', 'packagetrackingnumber'],
      ['packageups', 'packagetrackingnumberups'],
      ['packagefedex', 'packagetrackingnumberfedex'],
      ['packageusps', 'packagetrackingnumberusps'],
    ];
    for (const [sublistId, fieldId] of sublists) {
      let count = 0;
      try {
        count = rec.getLineCount({ sublistId });
      } catch (e) {
        count = 0;
      }
      for (let line = 0; line < count; line++) {
        const number = lineValue(rec, sublistId, fieldId, line);
        if (number) {
          return number;
        }
      }
    }
    return '';
  };

  const salesOrder = (rec) => ({
    id: String(rec.id),
    number: value(rec, 'tranid'),
    web_order_number: value(rec, 'otherrefnum'),
    status: value(rec, 'orderstatus'),
    status_text: value(rec, 'status'),
    customer: text(rec, 'entity'),
    email: value(rec, 'email'),
    phone: value(rec, 'phone'),
    total: value(rec, 'total'),
    currency: value(rec, 'currencysymbol') || text(rec, 'currency'),
    items: items(rec),
  });

  const fulfillment = (rec) => {
    // createdfrom reads "Sales Order #SO1042".
    const createdFrom = text(rec, 'createdfrom');
    const number = createdFrom.indexOf('#') >= 0 ? createdFrom.slice(createdFrom.indexOf('#') + 1) : '';
    return {
      order: { id: value(rec, 'createdfrom'), number },
      fulfillment: {
        id: String(rec.id),
        number: value(rec, 'tranid'),
        status: value(rec, 'shipstatus'),
        carrier: text(rec, 'shipmethod'),
        tracking_number: trackingNumber(rec),
      },
    };
  };

  const afterSubmit = (context) => {
    if (SENT_ON.indexOf(context.type) < 0) {
      return;
    }
    try {
      const rec = context.type === 'xedit'
        ? record.load({ type: context.newRecord.type, id: context.newRecord.id })
        : context.newRecord;
      const recordType = String(rec.type).toLowerCase();
      const modified = modifiedAt(rec);
      const body = {
        event_id: recordType + ':' + rec.id + ':' + modified.getTime(),
        record_type: recordType,
        event_type: context.type,
        occurred_at: modified.toISOString(),
      };
      if (recordType === 'itemfulfillment') {
        if (SHIPPED_ONLY && value(rec, 'shipstatus') !== 'C') {
          return;
        }
        Object.assign(body, fulfillment(rec));
      } else {
        body.order = salesOrder(rec);
      }
      const response = https.post({
        url: TIDINGS_URL,
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json', 'X-Tidings-Token': TIDINGS_TOKEN },
      });
      if (response.code < 200 || response.code >= 300) {
        log.error({ title: 'Tidings answered ' + response.code, details: String(response.body).slice(0, 500) });
      }
    } catch (e) {
      log.error({ title: 'Tidings: the post failed', details: e.message || String(e) });
    }
  };

  return { afterSubmit };
});
