import Papa from "papaparse";
import { importFields, importFieldSpecs } from "./fields";

// The sample CSV an admin can download: the headers the mapping recognises at once, and two
// example rows (a full-award entry and a unit entry) with a ULN whose check digit is right.

export const templateFileName = "assay-candidates-template.csv";

export function candidateImportTemplate(): string {
  const headers = importFields.map((field) => importFieldSpecs[field].label);
  const rows = [
    [
      "Aisha Khan",
      "aisha.khan@example.org",
      "2004-05-17",
      "9999999998",
      "yes",
      "601/3433/1",
      "yes",
      "",
      "2026-09-01",
      "",
      "",
      "07700 900123",
      "Northgate Housing",
      "Head office",
    ],
    [
      "Ben Price",
      "ben.price@example.org",
      "14/02/2001",
      "",
      "no",
      "601/3433/1",
      "",
      "L/506/2150; Y/506/2152",
      "01/09/2026",
      "",
      "",
      "",
      "",
      "",
    ],
  ];
  return `${Papa.unparse({ fields: headers, data: rows })}\r\n`;
}
