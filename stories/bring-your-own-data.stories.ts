import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/hierarchy/define.js';
import './byod/json-editor.js';
import { exampleOob } from './byod/example-oob.js';

const meta: Meta = {
  title: 'Guides/Bring your own data',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

/** Edit the JSON: problems (with their JSON paths) appear as you type; the chart follows each valid version. */
export const LiveJsonEditor: StoryObj = {
  name: 'Live JSON editor',
  render: () => html`<story-json-editor .initial=${exampleOob}></story-json-editor>`,
};
