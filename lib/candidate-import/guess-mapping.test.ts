import { describe, expect, it } from "vitest";
import { guessMapping, mapRow, mappingProblems } from "./guess-mapping";
import { qualificationKey, readImportDate, readUnitList, readYesNo } from "./read-values";
import { candidateImportTemplate } from "./template";

describe("guessing the column mapping", () => {
  it("matches a student records export's headers whatever their case, spaces and punctuation", () => {
    const headers = ["Learner Name", "E-mail Address", "DOB", "ULN", "Course Code", "Start Date", "Tutor Email", "Notes"];
    expect(guessMapping(headers)).toEqual({
      name: "Learner Name",
      email: "E-mail Address",
      dateOfBirth: "DOB",
      uln: "ULN",
      qualificationNumber: "Course Code",
      startDate: "Start Date",
      assessorEmail: "Tutor Email",
    });
  });

  it("recognises every column of the sample CSV", () => {
    const headers = candidateImportTemplate().split("\r\n")[0]!.split(",");
    expect(Object.keys(guessMapping(headers))).toHaveLength(headers.length);
  });

  it("names the required fields left without a column, and columns the file does not have", () => {
    expect(mappingProblems({ name: "Name", email: "Mail" }, ["Name", "Email"])).toEqual([
      'The file has no column "Mail" (for email).',
      "Choose the column for date of birth.",
      "Choose the column for qualification.",
      "Choose the column for start date.",
    ]);
  });

  it("reads a row through the mapping, trimmed, with missing cells empty", () => {
    const values = mapRow(["  Priya Shah ", "p@x.example"], ["Name", "Email", "DOB"], { name: "Name", email: "Email", dateOfBirth: "DOB" });
    expect(values).toMatchObject({ name: "Priya Shah", email: "p@x.example", dateOfBirth: "", uln: "" });
  });
});

describe("reading cell values", () => {
  it("reads ISO and UK dates, refusing days that do not exist", () => {
    expect(readImportDate("2026-09-01")).toBe("2026-09-01");
    expect(readImportDate("1/9/2026")).toBe("2026-09-01");
    expect(readImportDate("01.09.2026")).toBe("2026-09-01");
    expect(readImportDate("31/02/2026")).toBeNull();
    expect(readImportDate("09/01/26")).toBeNull();
  });

  it("reads yes and no in their usual spellings; empty is no; anything else is neither", () => {
    expect(["Yes", "Y", "true", "1", "x"].map(readYesNo)).toEqual([true, true, true, true, true]);
    expect(["No", "n", "FALSE", "0", ""].map(readYesNo)).toEqual([false, false, false, false, false]);
    expect(readYesNo("maybe")).toBeNull();
  });

  it("splits unit lists on semicolons, pipes or commas, each unit once", () => {
    expect(readUnitList(" l/506/2150; Y/506/2152 | L/506/2150,")).toEqual(["L/506/2150", "Y/506/2152"]);
    expect(qualificationKey(" 601/3433/1 ")).toBe("601/3433/1");
  });
});
