/**
 * Wording that tells the reader to type a code somewhere (lowercased, matched within a line). Lures word it as a
 * meeting, a document or support asks (Microsoft's Storm-2372 report: Teams-like invites, "secure documents",
 * help-desk chats); documentation describes the step instead ("the user enters the code") and shows output quoted.
 */
export const CODE_INSTRUCTIONS: readonly string[] = [
  // English
  'enter the code',
  'enter this code',
  'enter code',
  'enter the following code',
  'enter your code',
  'enter the access code',
  'use the code',
  'use this code',
  'use code',
  'type the code',
  'type in the code',
  'paste the code',
  'input the code',
  'provide the code',
  'your code',
  'your access code',
  'your one-time code',
  'verification code',
  'security code',
  'meeting code',
  'access code',
  'code:',
  'to join',
  'to verify',
  'to view the document',
  'to access the document',
  'to open the document',
  // German
  'code eingeben',
  'geben sie den code',
  'gib den code',
  'den folgenden code',
  'ihr code',
  'zugangscode',
  'code:',
  'zum beitreten',
  'zur bestätigung',
  'um das dokument',
  'um teilzunehmen',
];

export function instructsCodeEntry(lowerText: string): boolean {
  return CODE_INSTRUCTIONS.some((words) => lowerText.includes(words));
}
