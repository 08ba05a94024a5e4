// Block Kit limits as documented by Slack (https://docs.slack.dev/reference/block-kit).

/** The Block Kit limits the renderers enforce. */
export const SlackLimits = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  actionId: 255,
  actionsElements: 25,
  modalTitle: 24,
  modalButton: 24,
  inputLabel: 2000,
  plainTextInput: 3000,
  privateMetadata: 3000,
  placeholder: 150,
  blockId: 255,
  staticSelectOptions: 100,
  /** Fallback text is truncated well under chat.postMessage's 40,000 so notifications stay readable. */
  fallbackText: 3000,
} as const;
