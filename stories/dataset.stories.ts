import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { iliNationalArmy } from '../src/data/ili-national-army.js';
import {
  eventsTable,
  loadDataset,
  notesTable,
  peopleTable,
  ranksTable,
  sourcesTable,
  strengthTable,
  tableStyles,
  unitsTable,
} from './dataset/dataset-tables.js';

const ds = loadDataset(iliNationalArmy);
const page = (body: ReturnType<typeof unitsTable>) => html`${tableStyles}<div class="ds">${body}</div>`;

const meta: Meta = {
  title: 'Dataset/Ili National Army',
  parameters: { layout: 'padded' },
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

export const Units: Story = { render: () => page(unitsTable(ds)) };
export const StrengthFigures: Story = { name: 'Strength figures', render: () => page(strengthTable(ds)) };
export const Events: Story = { render: () => page(eventsTable(ds)) };
export const PeopleAndRoles: Story = { name: 'People and roles', render: () => page(peopleTable(ds)) };
export const Ranks: Story = { render: () => page(ranksTable(ds)) };
export const Contradictions: Story = { name: 'Contradictions and notes', render: () => page(notesTable(ds)) };
export const Sources: Story = { render: () => page(sourcesTable(ds)) };
